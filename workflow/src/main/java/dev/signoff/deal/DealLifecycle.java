package dev.signoff.deal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
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
  private final TimelineRepository timeline;
  private final DealViews views;
  private final dev.signoff.contract.ContractStore contracts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DealLifecycle(
      DealRepository deals,
      TimelineRepository timeline,
      DealViews views,
      dev.signoff.contract.ContractStore contracts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.deals = deals;
    this.timeline = timeline;
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
    Deal deal = load(dealId);
    SignOff signOff =
        deal.pendingSignOff(group, kind)
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
    note(deal, group, kind, outcome.name(), decidedBy, details);
  }

  /**
   * Records the routing decision: risk tier, the checklist version the reviews answer, and one
   * pending review per group, then the final approval.
   */
  @Transactional
  public void route(UUID dealId, RiskTier tier, List<String> reviewGroups, int checklistVersion) {
    Deal deal = load(dealId);
    deal.route(tier, reviewGroups, dev.signoff.identity.Roles.MANAGER, checklistVersion);
    note(
        deal,
        null,
        null,
        "ROUTED",
        null,
        "Risk tier " + tier + "; reviews: " + String.join(", ", reviewGroups));
  }

  /** Ends the deal at intake because its use is prohibited, with the reason. */
  @Transactional
  public void rejectAtIntake(UUID dealId, String reason) {
    Deal deal = load(dealId);
    deal.rejectAtIntake(reason, clock.instant());
    note(deal, null, null, "REJECTED_AT_INTAKE", null, reason);
    events.publishEvent(new DealRejected(dealId));
  }

  /** Changes were requested: the deal waits for its owner's revised contract. */
  @Transactional
  public void awaitRevision(UUID dealId) {
    Deal deal = load(dealId);
    deal.awaitRevision();
    note(deal, null, null, "CHANGES_REQUESTED", null, null);
  }

  /** Records that the owner uploaded a revised contract, with their answer to the reviewers. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordRevision(UUID dealId, int contractVersion, String answer, String by) {
    Deal deal = load(dealId);
    note(
        deal,
        null,
        null,
        "REVISION_UPLOADED",
        by,
        "Version " + contractVersion + (answer == null ? "" : ": " + answer));
  }

  /**
   * Starts the next review round: the given groups review again (each with the reason why), the
   * other approvals carry over.
   */
  @Transactional
  public void startReviewRound(UUID dealId, Map<String, String> reopenWithReason) {
    Deal deal = load(dealId);
    deal.startReviewRound(reopenWithReason);
    reopenWithReason.forEach(
        (group, why) -> note(deal, group, SignOffKind.REVIEW, "REOPENED", null, why));
  }

  /** All reviews approved: the involved groups confirm the deal is ready to sign. */
  @Transactional
  public void startPreSignoff(UUID dealId, List<String> groups) {
    Deal deal = load(dealId);
    deal.startPreSignoff(groups);
    note(deal, null, null, "PRE_SIGNOFF_STARTED", null, String.join(", ", groups));
  }

  /** Records that a group was reminded of its review that falls due. */
  @Transactional
  public void remind(UUID dealId, String group) {
    Deal deal = load(dealId);
    deal.pendingSignOff(group, SignOffKind.REVIEW)
        .ifPresent(signOff -> signOff.remind(clock.instant()));
    note(
        deal,
        group,
        SignOffKind.REVIEW,
        "REMINDED",
        null,
        "Review due soon: reminder sent to " + group);
  }

  /** Records that a group's overdue review was escalated to the managers. */
  @Transactional
  public void escalate(UUID dealId, String group) {
    Deal deal = load(dealId);
    deal.pendingSignOff(group, SignOffKind.REVIEW)
        .ifPresent(signOff -> signOff.escalate(clock.instant()));
    note(
        deal,
        group,
        SignOffKind.REVIEW,
        "ESCALATED",
        null,
        "Review of " + group + " is overdue: escalated to the managers");
  }

  /** The deal's review sign-offs as they stand, for planning the next round. */
  @Transactional(readOnly = true)
  public List<SignOffView> reviewSignOffs(UUID dealId) {
    return load(dealId).signOffs().stream()
        .filter(signOff -> signOff.kind() == SignOffKind.REVIEW)
        .map(SignOff::view)
        .toList();
  }

  /** The checklist version the deal's reviews answer (null before routing). */
  @Transactional(readOnly = true)
  public Integer checklistVersionOf(UUID dealId) {
    return load(dealId).checklistVersion();
  }

  /** The deal sheet as submitted, for checklists and routing; for trusted server-side callers. */
  @Transactional(readOnly = true)
  public DealSheet sheetOf(UUID dealId) {
    return load(dealId).sheet();
  }

  private void note(
      Deal deal, String group, SignOffKind kind, String what, String by, String text) {
    timeline.save(
        new TimelineEntry(
            deal.id(), clock.instant(), group, kind, deal.reviewRound(), what, by, text));
  }

  @Transactional
  public void moveToFinalApproval(UUID dealId) {
    Deal deal = load(dealId);
    deal.moveToFinalApproval();
    note(deal, null, null, "FINAL_APPROVAL_STARTED", null, null);
  }

  @Transactional
  public void sign(UUID dealId) {
    Deal deal = load(dealId);
    deal.sign(clock.instant());
    note(deal, null, null, "SIGNED", null, null);
    events.publishEvent(new DealSigned(dealId));
  }

  @Transactional
  public void reject(UUID dealId) {
    Deal deal = load(dealId);
    deal.reject(clock.instant());
    note(deal, null, null, "REJECTED", null, null);
    events.publishEvent(new DealRejected(dealId));
  }

  /** The deal's stage, for callers that just changed it. */
  @Transactional(readOnly = true)
  public DealStage stageOf(UUID dealId) {
    return load(dealId).stage();
  }

  /** What the precedent index needs of a deal; for trusted server-side handlers only. */
  @Transactional(readOnly = true)
  public PrecedentSource precedentSource(UUID dealId) {
    Deal deal = load(dealId);
    return new PrecedentSource(
        views.details(deal), contracts.currentText(dealId), DealAccess.readers(deal));
  }

  /** Ids of all signed deals, for rebuilding the precedent index. */
  @Transactional(readOnly = true)
  public List<UUID> signedDealIds() {
    return deals.findByStage(DealStage.SIGNED).stream().map(Deal::id).toList();
  }

  /** Whether any deal exists at all (demo data is loaded only into an empty database). */
  @Transactional(readOnly = true)
  public boolean anyDeals() {
    return deals.count() > 0;
  }

  private Deal load(UUID dealId) {
    return deals.findById(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }
}
