package dev.signoff.comment;

import java.time.Instant;
import java.util.UUID;

/**
 * One in-app notification of the caller.
 *
 * @param dealTitle the title of the deal it is about
 * @param commentId the comment that caused it; null for a resolution or reopening
 * @param actor who caused it
 * @param excerpt a short plain-text excerpt of the comment, or of the thread's first comment
 * @param readAt when the caller marked it read; null while unread
 */
public record NotificationView(
    UUID id,
    NotificationKind kind,
    UUID dealId,
    String dealTitle,
    UUID threadId,
    UUID commentId,
    String actor,
    String excerpt,
    Instant createdAt,
    Instant readAt) {

  public boolean read() {
    return readAt != null;
  }
}
