package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.Map;
import java.util.UUID;

/** Its author deleted a comment, which stays as a tombstone. Published in that transaction. */
public record CommentDeleted(UUID dealId, UUID threadId, UUID commentId, String actor)
    implements Audited {

  @Override
  public String auditAction() {
    return "comment.deleted";
  }

  @Override
  public String auditSubject() {
    return commentId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    return Map.of("thread", threadId.toString());
  }
}
