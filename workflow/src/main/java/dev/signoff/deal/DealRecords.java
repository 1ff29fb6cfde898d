package dev.signoff.deal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Loads deals and writes their timeline and audit trail, for the services that change them. */
@Component
class DealRecords {

  private final DealRepository deals;
  private final TimelineRepository timeline;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DealRecords(
      DealRepository deals,
      TimelineRepository timeline,
      ApplicationEventPublisher events,
      Clock clock) {
    this.deals = deals;
    this.timeline = timeline;
    this.events = events;
    this.clock = clock;
  }

  Deal load(UUID dealId) {
    return deals.findById(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }

  /** The deal's stage, read without loading the deal. */
  DealStage stageOf(UUID dealId) {
    return deals.stageOf(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }

  /** The deal's checklist version (null before routing), read without loading the deal. */
  Integer checklistVersionOf(UUID dealId) {
    List<Integer> version = deals.checklistVersionOf(dealId);
    if (version.isEmpty()) {
      throw new DealNotFound(dealId);
    }
    return version.get(0);
  }

  /** The deal's owner, read without loading the deal. */
  String ownerOf(UUID dealId) {
    return deals.ownerOf(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }

  /**
   * The group's pending sign-off of the kind, read without loading the deal and its other
   * collections (a decision changes only that sign-off).
   */
  Optional<SignOff> pendingSignOff(UUID dealId, String group, SignOffKind kind) {
    List<SignOff> pending = deals.signOffsOf(dealId, group, kind, SignOffStatus.PENDING);
    if (pending.isEmpty()) {
      stageOf(dealId); // DealNotFound rather than "not pending" for a deal that does not exist
      return Optional.empty();
    }
    return Optional.of(pending.get(0));
  }

  /** Appends a step to the deal's timeline, in the current review round. */
  void note(Deal deal, String group, SignOffKind kind, String what, String by, String text) {
    note(deal.id(), deal.reviewRound(), group, kind, what, by, text);
  }

  /** Appends a step to the timeline of the deal, which is in the given review round. */
  void note(
      UUID dealId,
      int reviewRound,
      String group,
      SignOffKind kind,
      String what,
      String by,
      String text) {
    timeline.save(
        new TimelineEntry(dealId, clock.instant(), group, kind, reviewRound, what, by, text));
  }

  /** The deal's current review round, read without loading the deal. */
  int reviewRoundOf(UUID dealId) {
    return deals.reviewRoundOf(dealId).orElseThrow(() -> new DealNotFound(dealId));
  }

  /** Appends the change to the deal's audit trail, in the current transaction. */
  void audit(Deal deal, String actor, String action, String subject, Map<String, String> details) {
    events.publishEvent(new DealChanged(deal.id(), actor, action, subject, details));
  }

  /** Audit details from alternating keys and values, in that order; null values are left out. */
  static Map<String, String> details(String... keysAndValues) {
    Map<String, String> details = new LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        details.put(keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return details;
  }
}
