package dev.signoff.deal;

import dev.signoff.identity.Caller;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Loads deals and writes their timeline, for the services that change them. */
@Component
class DealRecords {

  private final DealRepository deals;
  private final TimelineRepository timeline;
  private final Clock clock;

  DealRecords(DealRepository deals, TimelineRepository timeline, Clock clock) {
    this.deals = deals;
    this.timeline = timeline;
    this.clock = clock;
  }

  Deal load(UUID dealId) {
    return deals.findById(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }

  /**
   * The deal, if the caller may see it.
   *
   * @throws DealNotFound when it does not exist or the caller may not see it
   */
  Deal visibleTo(Caller caller, UUID dealId) {
    return deals
        .findById(dealId)
        .filter(deal -> DealAccess.canSee(caller, deal))
        .orElseThrow(() -> new DealNotFound(dealId));
  }

  /** Appends a step to the deal's timeline, in the current review round. */
  void note(Deal deal, String group, SignOffKind kind, String what, String by, String text) {
    timeline.save(
        new TimelineEntry(
            deal.id(), clock.instant(), group, kind, deal.reviewRound(), what, by, text));
  }
}
