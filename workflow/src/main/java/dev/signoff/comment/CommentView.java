package dev.signoff.comment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One comment of a thread as people see it.
 *
 * @param body the comment exactly as written (for editing); null once deleted
 * @param bodyHtml the body rendered from the comment Markdown subset and sanitized, safe to insert
 *     into a page; null once deleted
 * @param edited whether the author changed the comment after posting it
 * @param deleted whether it is a tombstone: "deleted by {@code deletedBy} at {@code deletedAt}"
 * @param mentions the users and groups the comment mentions, in the order written
 * @param version the version to send back (as {@code If-Match}) when editing or deleting it
 */
public record CommentView(
    UUID id,
    UUID threadId,
    String author,
    String body,
    String bodyHtml,
    Instant createdAt,
    Instant editedAt,
    boolean edited,
    boolean deleted,
    String deletedBy,
    Instant deletedAt,
    List<String> mentions,
    long version) {}
