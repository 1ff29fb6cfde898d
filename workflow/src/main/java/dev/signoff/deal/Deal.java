package dev.signoff.deal;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/** A vendor deal under review: the deal sheet, its stage and its sign-offs. */
@Entity
@Table(name = "deal")
class Deal extends AssignedIdEntity {

  @Id private UUID id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String vendor;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "deal_model", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "position")
  @Column(name = "model", nullable = false)
  private List<String> models = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(name = "hosting_model", nullable = false)
  private HostingModel hostingModel;

  @Column(name = "use_case", nullable = false)
  private String useCase;

  @Column(name = "personal_data", nullable = false)
  private boolean personalData;

  @Column(name = "fine_tuning", nullable = false)
  private boolean fineTuning;

  @Enumerated(EnumType.STRING)
  @Column(name = "integration_pattern", nullable = false)
  private IntegrationPattern integrationPattern;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "deal_use_case_domain", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "position")
  @Enumerated(EnumType.STRING)
  @Column(name = "domain", nullable = false)
  private List<UseCaseDomain> useCaseDomains = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "deal_data_category", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "position")
  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false)
  private List<DataCategory> dataCategories = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "deal_residency", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "position")
  @Column(name = "region", nullable = false)
  private List<String> residency = new ArrayList<>();

  @Column(name = "vendor_may_train", nullable = false)
  private boolean vendorMayTrain;

  @Enumerated(EnumType.STRING)
  @Column(name = "pricing_model")
  private PricingModel pricingModel;

  @Column(name = "term_months")
  private Integer termMonths;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_tier")
  private RiskTier riskTier;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "withdrawal_reason")
  private String withdrawalReason;

  @Column(name = "review_round", nullable = false)
  private int reviewRound = 1;

  @Column(name = "checklist_version")
  private Integer checklistVersion;

  @Column(nullable = false)
  private String owner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DealStage stage;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @OneToMany(
      mappedBy = "deal",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @OrderBy("position")
  private List<SignOff> signOffs = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "deal_member", joinColumns = @JoinColumn(name = "deal_id"))
  @Column(name = "username", nullable = false)
  private Set<String> members = new HashSet<>();

  @Version private long version;

  private static final int PRE_SIGNOFF_POSITION = 100;
  private static final int FINAL_APPROVAL_POSITION = 1000;

  @Override
  public UUID getId() {
    return id;
  }

  protected Deal() {}

  Deal(DealSheet sheet, String owner, Instant now) {
    this.id = UUID.randomUUID();
    this.title = sheet.title();
    this.vendor = sheet.vendor();
    this.models = new ArrayList<>(sheet.models());
    this.hostingModel = sheet.hostingModel();
    this.useCase = sheet.useCase();
    this.personalData = sheet.personalData();
    this.fineTuning = sheet.fineTuning();
    this.integrationPattern = sheet.integrationPattern();
    this.useCaseDomains = new ArrayList<>(sheet.useCaseDomains());
    this.dataCategories = new ArrayList<>(sheet.dataCategories());
    this.residency = new ArrayList<>(sheet.residency());
    this.vendorMayTrain = sheet.vendorMayTrain();
    this.pricingModel = sheet.pricingModel();
    this.termMonths = sheet.termMonths();
    this.owner = owner;
    this.stage = DealStage.IN_REVIEW;
    this.submittedAt = now;
  }

  /** A deal decided before it came into Signoff, under its recorded id and submission time. */
  static Deal past(UUID id, DealSheet sheet, String owner, Instant submittedAt) {
    Deal deal = new Deal(sheet, owner, submittedAt);
    deal.id = id;
    return deal;
  }

  /** Ends an imported deal as its record says; sign-offs still pending are cancelled. */
  void closeAsRecorded(DealStage outcome, String reason, Instant decidedAt) {
    requireOpen();
    if (!outcome.isClosed()) {
      throw new IllegalArgumentException(outcome + " does not end a deal");
    }
    this.stage = outcome;
    this.decidedAt = decidedAt;
    if (outcome == DealStage.WITHDRAWN) {
      this.withdrawalReason = reason;
    }
    cancelPendingSignOffs();
  }

  /**
   * The routing decision: the risk tier, one review per group, then the final approval. The
   * checklist version is the one the reviews answer for the whole life of the deal.
   */
  void route(
      RiskTier tier, List<String> reviewGroups, String finalApprovalGroup, int checklistVersion) {
    requireOpen();
    if (!signOffs.isEmpty()) {
      throw new IllegalStateException("Deal " + id + " is already routed");
    }
    this.riskTier = tier;
    this.checklistVersion = checklistVersion;
    int position = 0;
    for (String group : reviewGroups) {
      signOffs.add(new SignOff(this, position++, group, SignOffKind.REVIEW, reviewRound));
    }
    signOffs.add(
        new SignOff(
            this,
            FINAL_APPROVAL_POSITION,
            finalApprovalGroup,
            SignOffKind.FINAL_APPROVAL,
            reviewRound));
  }

  /** A reviewer asked for changes: the deal waits for its owner's revised contract. */
  void awaitRevision() {
    requireOpen();
    stage = DealStage.CHANGES_REQUESTED;
  }

  /**
   * Starts the next review round after a revision: the given review sign-offs are asked again, each
   * with the reason; all others carry over.
   */
  void startReviewRound(Map<String, String> reopenWithReason) {
    requireOpen();
    reviewRound++;
    stage = DealStage.IN_REVIEW;
    reopenWithReason.forEach(
        (group, why) ->
            signOffs.stream()
                .filter(
                    signOff ->
                        signOff.kind() == SignOffKind.REVIEW && signOff.group().equals(group))
                .findFirst()
                .orElseThrow(
                    () -> new IllegalArgumentException("No review of " + group + " on deal " + id))
                .reopen(reviewRound, why));
  }

  /** All reviews approved: each involved group confirms the deal is ready to sign. */
  void startPreSignoff(List<String> groups) {
    requireOpen();
    stage = DealStage.PRE_SIGNOFF;
    int position = PRE_SIGNOFF_POSITION;
    for (String group : groups) {
      signOffs.add(new SignOff(this, position++, group, SignOffKind.PRE_SIGNOFF, reviewRound));
    }
  }

  /** Ends the deal before any review because its use is prohibited. */
  void rejectAtIntake(String reason, Instant now) {
    requireOpen();
    this.rejectionReason = reason;
    reject(now);
  }

  /** The sheet as submitted. */
  DealSheet sheet() {
    return new DealSheet(
        title,
        vendor,
        models(),
        hostingModel,
        useCase,
        personalData,
        fineTuning,
        integrationPattern,
        List.copyOf(useCaseDomains),
        List.copyOf(dataCategories),
        List.copyOf(residency),
        vendorMayTrain,
        pricingModel,
        termMonths);
  }

  void moveToFinalApproval() {
    requireOpen();
    stage = DealStage.FINAL_APPROVAL;
  }

  void sign(Instant now) {
    requireOpen();
    stage = DealStage.SIGNED;
    decidedAt = now;
  }

  void reject(Instant now) {
    requireOpen();
    stage = DealStage.REJECTED;
    decidedAt = now;
    cancelPendingSignOffs();
  }

  /** Its owner ended the review: pending sign-offs are not needed any more. */
  void withdraw(String reason, Instant now) {
    requireOpen();
    stage = DealStage.WITHDRAWN;
    withdrawalReason = reason;
    decidedAt = now;
    cancelPendingSignOffs();
  }

  private void cancelPendingSignOffs() {
    signOffs.stream()
        .filter(signOff -> signOff.status() == SignOffStatus.PENDING)
        .forEach(SignOff::cancel);
  }

  Optional<SignOff> pendingSignOff(String group, SignOffKind kind) {
    return signOffs.stream()
        .filter(signOff -> signOff.group().equals(group) && signOff.kind() == kind)
        .filter(signOff -> signOff.status() == SignOffStatus.PENDING)
        .findFirst();
  }

  private void requireOpen() {
    if (stage.isClosed()) {
      throw new IllegalStateException("Deal " + id + " is already " + stage);
    }
  }

  UUID id() {
    return id;
  }

  String title() {
    return title;
  }

  String vendor() {
    return vendor;
  }

  List<String> models() {
    return List.copyOf(models);
  }

  HostingModel hostingModel() {
    return hostingModel;
  }

  String useCase() {
    return useCase;
  }

  boolean personalData() {
    return personalData;
  }

  int reviewRound() {
    return reviewRound;
  }

  Integer checklistVersion() {
    return checklistVersion;
  }

  RiskTier riskTier() {
    return riskTier;
  }

  String rejectionReason() {
    return rejectionReason;
  }

  String withdrawalReason() {
    return withdrawalReason;
  }

  String owner() {
    return owner;
  }

  DealStage stage() {
    return stage;
  }

  Instant submittedAt() {
    return submittedAt;
  }

  Instant decidedAt() {
    return decidedAt;
  }

  /** The people added by name, who see the deal without a role that does; sorted. */
  Set<String> members() {
    return new TreeSet<>(members);
  }

  /** Adds a person by name; false when they were a member already. */
  boolean addMember(String username) {
    return members.add(username);
  }

  /** Removes a person added by name; false when they were not a member. */
  boolean removeMember(String username) {
    return members.remove(username);
  }

  List<SignOff> signOffs() {
    return List.copyOf(signOffs);
  }
}
