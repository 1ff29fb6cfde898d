package dev.signoff.deal;

import java.time.Instant;

/**
 * One entry of a deal's timeline: a decision, a reset after a revision, or another step.
 *
 * @param at when it happened
 * @param group the group concerned (null for deal-wide steps)
 * @param kind review, pre-signoff or final approval (null for deal-wide steps)
 * @param round the review round
 * @param what the outcome or step, e.g. APPROVED, CHANGES_REQUESTED, RESET, REVISION_UPLOADED
 * @param by who did it (null when the process did)
 * @param text the comment, conditions or note
 */
public record SignOffHistory(
    Instant at, String group, SignOffKind kind, int round, String what, String by, String text) {}
