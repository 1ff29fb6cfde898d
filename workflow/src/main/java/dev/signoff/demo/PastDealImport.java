package dev.signoff.demo;

import dev.signoff.checklist.Checklists;
import dev.signoff.comment.PastRemark;
import dev.signoff.comment.PastThreads;
import dev.signoff.contract.ExtractedContract;
import dev.signoff.deal.DataCategory;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.DealStage;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PastDeal;
import dev.signoff.deal.PastDeals;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.RiskTier;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.UseCaseDomain;
import dev.signoff.identity.Roles;
import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticComment;
import dev.signoff.search.corpus.SyntheticDeals;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports synthetic past deals as closed deals, without running their review: each with its
 * sign-offs, contract, reviewers' remarks as resolved threads on their clauses, audit trail and
 * precedent change, a batch of deals per transaction. The precedent index picks them up from the
 * change log.
 */
@Service
public class PastDealImport {

  private static final int BATCH = 25;
  private static final String WITHDRAWAL_REASON =
      "The business withdrew the deal before the review finished.";

  private final PastDeals deals;
  private final PastThreads threads;
  private final Checklists checklists;
  private final TransactionTemplate transaction;

  PastDealImport(
      PastDeals deals,
      PastThreads threads,
      Checklists checklists,
      TransactionTemplate transaction) {
    this.deals = deals;
    this.threads = threads;
    this.checklists = checklists;
    this.transaction = transaction;
  }

  /**
   * Imports deals 0 to {@code count - 1} of the generator with that seed; deals imported before
   * (same seed and number) are skipped. Admins only.
   *
   * @return the ids of the deals, in generator order
   */
  @PreAuthorize("hasRole('admin')")
  public List<UUID> importSynthetic(long seed, int count) {
    SyntheticDeals generator = new SyntheticDeals(seed);
    List<UUID> ids = new ArrayList<>();
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      List<SyntheticDeal> batch = generator.deals(to).skip(from).toList();
      transaction.executeWithoutResult(
          status -> {
            for (SyntheticDeal synthetic : batch) {
              UUID id = idOf(synthetic);
              ids.add(id);
              if (!deals.exists(id)) {
                record(id, synthetic);
              }
            }
          });
    }
    return ids;
  }

  /** The id a synthetic deal is stored under: the same for the same seed and number. */
  public static UUID idOf(SyntheticDeal synthetic) {
    return UUID.nameUUIDFromBytes(
        ("signoff-past-deal:" + synthetic.id()).getBytes(StandardCharsets.UTF_8));
  }

  private void record(UUID id, SyntheticDeal synthetic) {
    DealStage outcome = DealStage.valueOf(synthetic.outcome());
    Map<String, SignOffStatus> decisions = new LinkedHashMap<>();
    Map<String, String> reviewers = new LinkedHashMap<>();
    synthetic
        .decisions()
        .forEach(
            (group, decision) -> {
              decisions.put(group, SignOffStatus.valueOf(decision));
              reviewers.put(group, DemoData.USER_OF_GROUP.getOrDefault(group, group));
            });
    deals.record(
        new PastDeal(
            id,
            sheetOf(synthetic),
            DemoData.USER_OF_GROUP.get(Roles.DEAL_OWNER),
            outcome,
            RiskTier.valueOf(synthetic.riskTier()),
            checklists.currentVersion(),
            synthetic.submittedAt(),
            synthetic.decidedAt(),
            Roles.STANDARD_REVIEW_GROUPS,
            decisions,
            reviewers,
            outcome == DealStage.WITHDRAWN ? WITHDRAWAL_REASON : null,
            "synthetic deal " + synthetic.id()),
        contractOf(synthetic));
    threads.record(id, remarksOf(synthetic));
  }

  private static DealSheet sheetOf(SyntheticDeal deal) {
    return new DealSheet(
        deal.title(),
        deal.vendor(),
        deal.models(),
        HostingModel.valueOf(deal.hostingModel()),
        deal.useCase(),
        deal.personalData(),
        deal.fineTuning(),
        IntegrationPattern.valueOf(deal.integrationPattern()),
        deal.useCaseDomains().stream().map(UseCaseDomain::valueOf).toList(),
        deal.dataCategories().stream().map(DataCategory::valueOf).toList(),
        deal.residency(),
        deal.vendorMayTrain(),
        PricingModel.valueOf(deal.pricingModel()),
        deal.termMonths());
  }

  private static ExtractedContract contractOf(SyntheticDeal deal) {
    byte[] content = deal.contractText().getBytes(StandardCharsets.UTF_8);
    return new ExtractedContract(
        deal.id() + ".txt", "text/plain", sha256(content), content, deal.contractText());
  }

  /** Each remark posted during the review, in order, and resolved when the deal was decided. */
  private static List<PastRemark> remarksOf(SyntheticDeal deal) {
    List<PastRemark> remarks = new ArrayList<>();
    Duration review = Duration.between(deal.submittedAt(), deal.decidedAt());
    List<SyntheticComment> comments = deal.comments();
    for (int i = 0; i < comments.size(); i++) {
      SyntheticComment comment = comments.get(i);
      remarks.add(
          new PastRemark(
              comment.clauseNumber(),
              comment.author(),
              comment.text(),
              deal.submittedAt().plus(review.multipliedBy(i + 1).dividedBy(comments.size() + 1)),
              DemoData.USER_OF_GROUP.get(Roles.DEAL_OWNER),
              deal.decidedAt()));
    }
    return remarks;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
