package dev.signoff.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * How much discussion a deal has, for lists of deals and tasks.
 *
 * @param openThreads threads still open
 * @param blockingThreads open threads that must be resolved before signing
 * @param outdatedThreads open threads whose anchored text the current version no longer has
 * @param lastActivityAt the latest comment, edit or resolution; null when there are no threads
 * @param lastActivityBy who did it; null when there are no threads
 */
public record ThreadActivity(
    UUID dealId,
    int openThreads,
    int resolvedThreads,
    int blockingThreads,
    int outdatedThreads,
    Instant lastActivityAt,
    String lastActivityBy) {}
