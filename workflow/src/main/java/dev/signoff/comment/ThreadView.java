package dev.signoff.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A thread with its comments, oldest first.
 *
 * @param checklistSection the checklist section it belongs to, or null
 * @param mustResolveBeforeSigning whether it blocks signing the deal while open
 * @param lastActivityAt the latest of its start, comments, edits, deletions and resolution
 * @param version the version to send back (as {@code If-Match}) when resolving, reopening or
 *     changing whether it blocks signing
 */
public record ThreadView(
    UUID id,
    UUID dealId,
    ThreadAnchor anchor,
    String checklistSection,
    boolean mustResolveBeforeSigning,
    ThreadStatus status,
    String resolvedBy,
    Instant resolvedAt,
    String createdBy,
    Instant createdAt,
    Instant lastActivityAt,
    List<CommentView> comments,
    long version) {}
