package dev.signoff.deal;

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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A vendor deal under review: the deal sheet, its stage and its sign-offs. */
@Entity
@Table(name = "deal")
class Deal {

  @Id private UUID id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String vendor;

  @ElementCollection(fetch = FetchType.EAGER)
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
  @OrderBy("position")
  private List<SignOff> signOffs = new ArrayList<>();

  @Version private long version;

  protected Deal() {}

  Deal(
      DealSheet sheet,
      String owner,
      List<String> reviewGroups,
      String finalApprovalGroup,
      Instant now) {
    this.id = UUID.randomUUID();
    this.title = sheet.title();
    this.vendor = sheet.vendor();
    this.models = new ArrayList<>(sheet.models());
    this.hostingModel = sheet.hostingModel();
    this.useCase = sheet.useCase();
    this.personalData = sheet.personalData();
    this.owner = owner;
    this.stage = DealStage.IN_REVIEW;
    this.submittedAt = now;
    int position = 0;
    for (String group : reviewGroups) {
      signOffs.add(new SignOff(this, position++, group, SignOffKind.REVIEW));
    }
    signOffs.add(new SignOff(this, position, finalApprovalGroup, SignOffKind.FINAL_APPROVAL));
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

  List<SignOff> signOffs() {
    return List.copyOf(signOffs);
  }
}
