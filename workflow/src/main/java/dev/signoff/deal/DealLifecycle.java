package dev.signoff.deal;

import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractStore;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves deals through their review as the review process decides. Called by the process glue and
 * the inbox after they have checked who acts; never directly from a view or a request.
 */
@Service
public class DealLifecycle {

  private final DealRepository deals;
  private final DealRecords records;
  private final DealViews views;
  private final ContractStore contracts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DealLifecycle(
      DealRepository deals,
      DealRecords records,
      DealViews views,
      ContractStore contracts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.deals = deals;
    this.records = records;
    this.views = views;
    this.contracts = contracts;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a group's decision on the deal, in the transaction that completes the task.
   *
   * @param outcome approved, approved with conditions, changes requested or rejected
   * @param conditions the conditions of an approval with conditions (empty otherwise)
   * @throws IllegalStateException when that sign-off is not pending any more
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordDecision(
      UUID dealId,
      String group,
      SignOffKind kind,
      SignOffStatus outcome,
      String comment,
      List<String> conditions,
      String decidedBy) {
    SignOff signOff =
        records
            .pendingSignOff(dealId, group, kind)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No pending " + kind + " sign-off of " + group + " on " + dealId));
    signOff.decide(outcome, decidedBy, comment, conditions, clock.instant());
    String details =
        conditions.isEmpty()
            ? comment
            : (comment == null ? "" : comment + " ")
                + "Conditions: "
                + String.join("; ", conditions);
    records.note(
        dealId, records.reviewRoundOf(dealId), group, kind, outcome.name(), decidedBy, details);
  }

  /**
   * Records the routing decision: risk tier, the checklist version the reviews answer, and one
   * pending review per group, then the final approval.
   */
  @Transactional
  public void route(UUID dealId, RiskTier tier, List<String> reviewGroups, int checklistVersion) {
    Deal deal = records.load(dealId);
    deal.route(tier, reviewGroups, dev.signoff.identity.Roles.MANAGER, checklistVersion);
    records.note(
        deal,
        null,
        null,
        "ROUTED",
        null,
        "Risk tier " + tier + "; reviews: " + String.join(", ", reviewGroups));
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "deal.routed",
        "",
        DealRecords.details(
            "riskTier",
            tier.name(),
            "reviews",
            String.join(", ", reviewGroups),
            "checklistVersion",
            Integer.toString(checklistVersion)));
  }

  /** Ends the deal at intake because its use is prohibited, with the reason. */
  @Transactional
  public void rejectAtIntake(UUID dealId, String reason) {
    Deal deal = records.load(dealId);
    deal.rejectAtIntake(reason, clock.instant());
    records.note(deal, null, null, "REJECTED_AT_INTAKE", null, reason);
    events.publishEvent(new DealRejected(dealId, reason));
  }

  /** The checklist version the deal's reviews answer (null before routing). */
  @Transactional(readOnly = true)
  public Integer checklistVersionOf(UUID dealId) {
    return records.checklistVersionOf(dealId);
  }

  /** Who submitted the deal; for trusted server-side callers (four eyes). */
  @Transactional(readOnly = true)
  public String ownerOf(UUID dealId) {
    return records.ownerOf(dealId);
  }

  /** The deal sheet as submitted, for checklists and routing; for trusted server-side callers. */
  @Transactional(readOnly = true)
  public DealSheet sheetOf(UUID dealId) {
    return records.load(dealId).sheet();
  }

  @Transactional
  public void moveToFinalApproval(UUID dealId) {
    Deal deal = records.load(dealId);
    deal.moveToFinalApproval();
    records.note(deal, null, null, "FINAL_APPROVAL_STARTED", null, null);
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "deal.final-approval-started",
        "",
        DealRecords.details("stage", DealStage.FINAL_APPROVAL.name()));
  }

  @Transactional
  public void sign(UUID dealId) {
    Deal deal = records.load(dealId);
    deal.sign(clock.instant());
    records.note(deal, null, null, "SIGNED", null, null);
    events.publishEvent(new DealSigned(dealId));
  }

  @Transactional
  public void reject(UUID dealId) {
    Deal deal = records.load(dealId);
    deal.reject(clock.instant());
    records.note(deal, null, null, "REJECTED", null, null);
    events.publishEvent(new DealRejected(dealId, null));
  }

  /** The deal's stage, for callers that just changed it. */
  @Transactional(readOnly = true)
  public DealStage stageOf(UUID dealId) {
    return records.stageOf(dealId);
  }

  /** What the precedent index needs of a deal; for trusted server-side handlers only. */
  @Transactional(readOnly = true)
  public PrecedentSource precedentSource(UUID dealId) {
    Deal deal = records.load(dealId);
    String text = contracts.currentText(dealId);
    return new PrecedentSource(
        views.details(deal), text, ClauseSegmenter.segment(text), DealAccess.readers(deal));
  }

  /** Ids of all closed deals (signed, rejected, withdrawn), for rebuilding the precedent index. */
  @Transactional(readOnly = true)
  public List<UUID> closedDealIds() {
    return deals.findIdsByStageIn(
        Arrays.stream(DealStage.values()).filter(DealStage::isClosed).toList());
  }

  /** Whether any deal exists at all (demo data is loaded only into an empty database). */
  @Transactional(readOnly = true)
  public boolean anyDeals() {
    return deals.count() > 0;
  }
}
