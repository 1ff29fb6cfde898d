package dev.signoff.deal;

import java.time.Instant;

/** One required sign-off of a deal and its state. */
public record SignOffView(
    String group,
    String label,
    SignOffKind kind,
    SignOffStatus status,
    String decidedBy,
    Instant decidedAt,
    String comment) {}
