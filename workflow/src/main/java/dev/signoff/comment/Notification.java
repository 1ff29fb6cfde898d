package dev.signoff.comment;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An in-app notification of one user about activity in a thread. */
@Entity
@Table(name = "notification")
class Notification extends AssignedIdEntity {

  static final int MAX_EXCERPT = 140;

  @Id private UUID id;

  @Column(nullable = false)
  private String recipient;

  @Column(name = "deal_id", nullable = false)
  private UUID dealId;

  @Column(name = "thread_id", nullable = false)
  private UUID threadId;

  @Column(name = "comment_id")
  private UUID commentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private NotificationKind kind;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String excerpt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  protected Notification() {}

  Notification(
      String recipient,
      UUID dealId,
      UUID threadId,
      UUID commentId,
      NotificationKind kind,
      String actor,
      String excerpt,
      Instant now) {
    this.id = UUID.randomUUID();
    this.recipient = recipient;
    this.dealId = dealId;
    this.threadId = threadId;
    this.commentId = commentId;
    this.kind = kind;
    this.actor = actor;
    this.excerpt = excerpt;
    this.createdAt = now;
  }

  @Override
  public UUID getId() {
    return id;
  }

  void markRead(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  String recipient() {
    return recipient;
  }

  UUID dealId() {
    return dealId;
  }

  NotificationView view(String dealTitle) {
    return new NotificationView(
        id, kind, dealId, dealTitle, threadId, commentId, actor, excerpt, createdAt, readAt);
  }
}
