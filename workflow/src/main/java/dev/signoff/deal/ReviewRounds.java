package dev.signoff.deal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rounds of a deal's review as the process runs them: a request for changes, the owner's
 * revision, the next round with the groups that review again, the pre-signoff review, and the
 * reminders and escalations of reviews that fall due. Called by the process glue and the inbox
 * after they have checked who acts.
 */
@Service
public class ReviewRounds {

  private final DealRecords records;
  private final Clock clock;

  ReviewRounds(DealRecords records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  /** Changes were requested: the deal waits for its owner's revised contract. */
  @Transactional
  public void awaitRevision(UUID dealId) {
    Deal deal = records.load(dealId);
    deal.awaitRevision();
    records.note(deal, null, null, "CHANGES_REQUESTED", null, null);
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "deal.changes-requested",
        "",
        DealRecords.details("stage", DealStage.CHANGES_REQUESTED.name()));
  }

  /** Records that the owner uploaded a revised contract, with their answer to the reviewers. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void recordRevision(UUID dealId, int contractVersion, String answer, String by) {
    Deal deal = records.load(dealId);
    records.note(
        deal,
        null,
        null,
        "REVISION_UPLOADED",
        by,
        "Version " + contractVersion + (answer == null ? "" : ": " + answer));
    records.audit(
        deal,
        by,
        "deal.revision-submitted",
        "",
        DealRecords.details(
            "version", Integer.toString(contractVersion), "round", round(deal), "answer", answer));
  }

  /**
   * Starts the next review round: the given groups review again (each with the reason why), the
   * other approvals carry over.
   */
  @Transactional
  public void startReviewRound(UUID dealId, Map<String, String> reopenWithReason) {
    Deal deal = records.load(dealId);
    deal.startReviewRound(reopenWithReason);
    reopenWithReason.forEach(
        (group, why) -> records.note(deal, group, SignOffKind.REVIEW, "REOPENED", null, why));
    Map<String, String> details = DealRecords.details("round", round(deal));
    reopenWithReason.forEach((group, why) -> details.put("reopened " + group, why));
    records.audit(deal, DealChanged.SYSTEM, "review.round-started", "", details);
  }

  /** All reviews approved: the involved groups confirm the deal is ready to sign. */
  @Transactional
  public void startPreSignoff(UUID dealId, List<String> groups) {
    Deal deal = records.load(dealId);
    deal.startPreSignoff(groups);
    records.note(deal, null, null, "PRE_SIGNOFF_STARTED", null, String.join(", ", groups));
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "deal.pre-signoff-started",
        "",
        DealRecords.details("groups", String.join(", ", groups), "round", round(deal)));
  }

  /** Records that a group was reminded of its review that falls due. */
  @Transactional
  public void remind(UUID dealId, String group) {
    Deal deal = records.load(dealId);
    deal.pendingSignOff(group, SignOffKind.REVIEW)
        .ifPresent(signOff -> signOff.remind(clock.instant()));
    records.note(
        deal,
        group,
        SignOffKind.REVIEW,
        "REMINDED",
        null,
        "Review due soon: reminder sent to " + group);
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "review.reminded",
        "",
        DealRecords.details("group", group, "round", round(deal)));
  }

  /** Records that a group's overdue review was escalated to the managers. */
  @Transactional
  public void escalate(UUID dealId, String group) {
    Deal deal = records.load(dealId);
    deal.pendingSignOff(group, SignOffKind.REVIEW)
        .ifPresent(signOff -> signOff.escalate(clock.instant()));
    records.note(
        deal,
        group,
        SignOffKind.REVIEW,
        "ESCALATED",
        null,
        "Review of " + group + " is overdue: escalated to the managers");
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "review.escalated",
        "",
        DealRecords.details("group", group, "round", round(deal)));
  }

  static String round(Deal deal) {
    return Integer.toString(deal.reviewRound());
  }

  /** The deal's review sign-offs as they stand, for planning the next round. */
  @Transactional(readOnly = true)
  public List<SignOffView> reviewSignOffs(UUID dealId) {
    return records.load(dealId).signOffs().stream()
        .filter(signOff -> signOff.kind() == SignOffKind.REVIEW)
        .map(SignOff::view)
        .toList();
  }
}
