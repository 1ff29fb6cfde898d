package dev.signoff.deal;

import dev.signoff.contract.ContractStore;
import dev.signoff.contract.ExtractedContract;
import dev.signoff.identity.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records deals decided before they came into Signoff, as they ended, without running their review:
 * for trusted server-side callers (the demo data), never from a request.
 */
@Service
public class PastDeals {

  private final DealRepository deals;
  private final ContractStore contracts;
  private final ApplicationEventPublisher events;

  /** New rows are persisted directly: saving an entity with an assigned id would read it first. */
  @PersistenceContext private EntityManager entityManager;

  PastDeals(DealRepository deals, ContractStore contracts, ApplicationEventPublisher events) {
    this.deals = deals;
    this.contracts = contracts;
    this.events = events;
  }

  /** Whether a deal with that id exists. */
  @Transactional(readOnly = true)
  public boolean exists(java.util.UUID dealId) {
    return deals.existsById(dealId);
  }

  /**
   * Stores the deal with its sheet, routing, sign-offs (decided as recorded, the rest cancelled),
   * the final approval (given for a signed deal, refused for a deal rejected with every review
   * approved), its timeline and its contract as version 1, in the caller's transaction; publishes
   * {@link PastDealImported}, which joins the audit trail and the precedent change log.
   *
   * @throws IllegalStateException when a deal with that id exists
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(PastDeal past, ExtractedContract contract) {
    if (deals.existsById(past.id())) {
      throw new IllegalStateException("Deal " + past.id() + " exists already");
    }
    Deal deal = Deal.past(past.id(), past.sheet(), past.owner(), past.submittedAt());
    deal.route(past.riskTier(), past.requiredReviews(), Roles.MANAGER, past.checklistVersion());
    past.decisions()
        .forEach(
            (group, status) ->
                deal.pendingSignOff(group, SignOffKind.REVIEW)
                    .orElseThrow()
                    .decide(status, reviewerOf(past, group), null, List.of(), past.decidedAt()));
    SignOffStatus finalApproval = finalApproval(past);
    if (finalApproval != null) {
      deal.pendingSignOff(Roles.MANAGER, SignOffKind.FINAL_APPROVAL)
          .orElseThrow()
          .decide(finalApproval, Roles.MANAGER, null, List.of(), past.decidedAt());
    }
    deal.closeAsRecorded(past.outcome(), past.reason(), past.decidedAt());
    entityManager.persist(deal);
    note(deal, past, null, null, "ROUTED", null, "Imported; reviews: " + past.requiredReviews());
    past.decisions()
        .forEach(
            (group, status) ->
                note(
                    deal,
                    past,
                    group,
                    SignOffKind.REVIEW,
                    status.name(),
                    reviewerOf(past, group),
                    null));
    note(deal, past, null, null, past.outcome().name(), null, past.reason());
    // Written now: the contract and the change log refer to the deal row.
    entityManager.flush();
    contracts.store(past.id(), contract, past.owner());
    events.publishEvent(
        new PastDealImported(past.id(), past.outcome(), past.decidedAt(), past.source()));
  }

  private static String reviewerOf(PastDeal past, String group) {
    return past.reviewers().getOrDefault(group, group);
  }

  /** The manager signed a signed deal, and refused one that no review rejected. */
  private static SignOffStatus finalApproval(PastDeal past) {
    return switch (past.outcome()) {
      case SIGNED -> SignOffStatus.APPROVED;
      case REJECTED ->
          past.decisions().containsValue(SignOffStatus.REJECTED) ? null : SignOffStatus.REJECTED;
      default -> null;
    };
  }

  private void note(
      Deal deal,
      PastDeal past,
      String group,
      SignOffKind kind,
      String what,
      String by,
      String text) {
    entityManager.persist(
        new TimelineEntry(
            deal.id(),
            what.equals("ROUTED") ? past.submittedAt() : past.decidedAt(),
            group,
            kind,
            deal.reviewRound(),
            what,
            by,
            text));
  }
}
