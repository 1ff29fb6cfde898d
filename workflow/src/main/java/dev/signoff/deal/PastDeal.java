package dev.signoff.deal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A deal that was decided before it came into Signoff, as its record tells it.
 *
 * @param id the deal's id; importing the same id again is refused
 * @param outcome how it ended: {@link DealStage#SIGNED}, {@link DealStage#REJECTED} or {@link
 *     DealStage#WITHDRAWN}
 * @param checklistVersion the checklist version its reviews count as having answered
 * @param decisions each reviewing group's last decision; a required review without one was still
 *     pending when the deal ended and counts as cancelled
 * @param reviewers who decided for each group
 * @param reason why it was withdrawn (withdrawn deals only)
 * @param source where the record comes from, kept in the audit trail
 */
public record PastDeal(
    UUID id,
    DealSheet sheet,
    String owner,
    DealStage outcome,
    RiskTier riskTier,
    int checklistVersion,
    Instant submittedAt,
    Instant decidedAt,
    List<String> requiredReviews,
    Map<String, SignOffStatus> decisions,
    Map<String, String> reviewers,
    String reason,
    String source) {

  public PastDeal {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sheet, "sheet");
    if (outcome == null || !outcome.isClosed()) {
      throw new IllegalArgumentException("A past deal is signed, rejected or withdrawn");
    }
    if (submittedAt == null || decidedAt == null || decidedAt.isBefore(submittedAt)) {
      throw new IllegalArgumentException("A past deal is submitted, then decided");
    }
    requiredReviews = List.copyOf(requiredReviews);
    decisions = Map.copyOf(decisions);
    reviewers = Map.copyOf(reviewers);
    for (Map.Entry<String, SignOffStatus> decision : decisions.entrySet()) {
      if (!requiredReviews.contains(decision.getKey())) {
        throw new IllegalArgumentException(
            decision.getKey() + " decided but was not a required review");
      }
      if (!decision.getValue().isDone() && decision.getValue() != SignOffStatus.CHANGES_REQUESTED) {
        throw new IllegalArgumentException(
            decision.getValue() + " is not a decision of " + decision.getKey());
      }
    }
  }
}
