package dev.signoff.comment;

import java.time.Instant;

/**
 * What a reviewer said about a clause of a deal decided before it came into Signoff.
 *
 * @param clauseNumber the clause it is about, as the clause list numbers it
 * @param author who wrote it
 * @param body the remark, in the comment Markdown subset
 * @param postedAt when it was written
 * @param resolvedBy who resolved the discussion
 * @param resolvedAt when it was resolved
 */
public record PastRemark(
    String clauseNumber,
    String author,
    String body,
    Instant postedAt,
    String resolvedBy,
    Instant resolvedAt) {}
