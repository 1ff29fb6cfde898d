package dev.signoff.deal;

import java.time.Instant;
import java.util.UUID;

/** A review that is overdue and was escalated to the managers. */
public record EscalatedReview(UUID dealId, String dealTitle, String group, Instant escalatedAt) {}
