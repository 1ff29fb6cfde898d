package dev.signoff.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommentThreadRepository extends JpaRepository<CommentThread, UUID> {

  List<CommentThread> findByDealId(UUID dealId);

  List<CommentThread> findByDealIdIn(Collection<UUID> dealIds);

  List<CommentThread> findByDealIdAndStatus(UUID dealId, ThreadStatus status);
}

interface ThreadCommentRepository extends JpaRepository<ThreadComment, UUID> {

  List<ThreadComment> findByThreadIdOrderByCreatedAtAscIdAsc(UUID threadId);

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
