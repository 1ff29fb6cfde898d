package dev.signoff.deal;

import java.time.Clock;
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
  private final DealViews views;
  private final dev.signoff.contract.ContractStore contracts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DealLifecycle(
      DealRepository deals,
      DealViews views,
      dev.signoff.contract.ContractStore contracts,
      ApplicationEventPublisher events,
      Clock clock) {
    this.deals = deals;
    this.views = views;
    this.contracts = contracts;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Records a group's decision on the deal, in the transaction that completes the task.
   *
   * @throws IllegalStateException when that sign-off is not pending any more
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordDecision(
      UUID dealId,
      String group,
      SignOffKind kind,
      boolean approved,
      String comment,
      String decidedBy) {
    Deal deal = load(dealId);
    SignOff signOff =
        deal.pendingSignOff(group, kind)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "No pending " + kind + " sign-off of " + group + " on " + dealId));
    signOff.decide(approved, decidedBy, comment, clock.instant());
  }

  @Transactional
  public void moveToFinalApproval(UUID dealId) {
    load(dealId).moveToFinalApproval();
  }

  @Transactional
  public void sign(UUID dealId) {
    load(dealId).sign(clock.instant());
    events.publishEvent(new DealSigned(dealId));
  }

  @Transactional
  public void reject(UUID dealId) {
    load(dealId).reject(clock.instant());
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
