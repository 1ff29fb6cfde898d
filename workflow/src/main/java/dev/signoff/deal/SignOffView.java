package dev.signoff.deal;

import java.time.Instant;
import java.util.List;

/**
 * One required sign-off of a deal and its state.
 *
 * @param round the review round of the latest decision (1 for the first review; +1 per revision)
 * @param conditions conditions recorded with an approval with conditions
 * @param note why the sign-off was reset after a revision, e.g. which clauses changed
 * @param remindedAt when the group was reminded of its overdue review, if it was
 * @param escalatedAt when the overdue review was escalated to the managers, if it was
 */
public record SignOffView(
    String group,
    String label,
    SignOffKind kind,
    SignOffStatus status,
    String decidedBy,
    Instant decidedAt,
    String comment,
    int round,
    List<String> conditions,
    String note,
    Instant remindedAt,
    Instant escalatedAt) {}
