package dev.signoff.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentThreadRepository extends JpaRepository<CommentThread, UUID> {

  // Queries as JPQL text: Hibernate keeps their translation, where it translates a query derived
  // from a method name again on every call.
  @Query("SELECT t FROM CommentThread t WHERE t.dealId = :dealId")
  List<CommentThread> findByDealId(UUID dealId);

  @Query("SELECT t FROM CommentThread t WHERE t.dealId IN :dealIds")
  List<CommentThread> findByDealIdIn(Collection<UUID> dealIds);

  @Query("SELECT t FROM CommentThread t WHERE t.dealId = :dealId AND t.status = :status")
  List<CommentThread> findByDealIdAndStatus(UUID dealId, ThreadStatus status);
}

interface ThreadCommentRepository extends JpaRepository<ThreadComment, UUID> {

  @Query("SELECT c FROM ThreadComment c WHERE c.threadId = :threadId ORDER BY c.createdAt, c.id")
  List<ThreadComment> findByThreadIdOrderByCreatedAtAscIdAsc(UUID threadId);

  @Query("SELECT c FROM ThreadComment c WHERE c.threadId IN :threadIds")
  List<ThreadComment> findByThreadIdIn(Collection<UUID> threadIds);
}

interface NotificationRepository extends JpaRepository<Notification, UUID> {

  @Query(
      "SELECT n FROM Notification n WHERE n.recipient = :recipient"
          + " AND (:unreadOnly = FALSE OR n.readAt IS NULL) ORDER BY n.createdAt DESC, n.id")
  List<Notification> newestOf(String recipient, boolean unreadOnly);

  @Query(
      "SELECT DISTINCT n.dealId FROM Notification n WHERE n.recipient = :recipient"
          + " AND n.readAt IS NULL")
  List<UUID> dealsWithUnread(String recipient);

  @Query(
      "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL"
          + " AND n.dealId IN :dealIds")
  long countUnread(String recipient, Collection<UUID> dealIds);

  @Modifying
  @Query(
      "UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :recipient"
          + " AND n.readAt IS NULL AND n.dealId IN :dealIds")
  int markAllRead(String recipient, Collection<UUID> dealIds, Instant now);

  @Modifying
  @Query("UPDATE Notification n SET n.excerpt = :excerpt WHERE n.commentId = :commentId")
  int replaceExcerpts(UUID commentId, String excerpt);
}
