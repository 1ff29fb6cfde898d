package dev.signoff.comment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/**
 * One comment of a thread. The body is kept exactly as written; a deleted comment stays as a
 * tombstone (who deleted it and when) without its body.
 */
@Entity
@Table(name = "thread_comment")
class ThreadComment {

  static final int MAX_BODY = 10_000;

  @Id private UUID id;

  @Column(name = "thread_id", nullable = false)
  private UUID threadId;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String body;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by")
  private String deletedBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "comment_mention", joinColumns = @JoinColumn(name = "comment_id"))
  @BatchSize(size = 100)
  private Set<Mention> mentions = new LinkedHashSet<>();

  @Version private Long version;

  protected ThreadComment() {}

  ThreadComment(UUID threadId, String author, String body, List<Mention> mentions, Instant now) {
    this.id = UUID.randomUUID();
    this.threadId = threadId;
    this.author = author;
    this.body = body;
    this.mentions = new LinkedHashSet<>(mentions);
    this.createdAt = now;
  }

  void edit(String newBody, List<Mention> newMentions, Instant now) {
    body = newBody;
    mentions.clear();
    mentions.addAll(newMentions);
    editedAt = now;
  }

  /** Leaves a tombstone: the body and its mentions are gone, who deleted it and when remain. */
  void delete(String by, Instant now) {
    body = "";
    mentions.clear();
    deletedBy = by;
    deletedAt = now;
  }

  boolean deleted() {
    return deletedAt != null;
  }

  /** The latest moment anything happened to the comment. */
  Instant lastChangedAt() {
    Instant last = createdAt;
    if (editedAt != null && editedAt.isAfter(last)) {
      last = editedAt;
    }
    return deletedAt != null && deletedAt.isAfter(last) ? deletedAt : last;
  }

  UUID id() {
    return id;
  }

  UUID threadId() {
    return threadId;
  }

  String author() {
    return author;
  }

  String body() {
    return body;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant editedAt() {
    return editedAt;
  }

  Instant deletedAt() {
    return deletedAt;
  }

  String deletedBy() {
    return deletedBy;
  }

  List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  long version() {
    return version == null ? 0 : version;
  }
}
