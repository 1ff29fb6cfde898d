package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Its author changed a comment. Published in the transaction that stores the change.
 *
 * @param mentioned the users and groups the comment mentions now
 * @param newlyMentioned those it did not mention before (they were notified)
 */
public record CommentEdited(
    UUID dealId,
    UUID threadId,
    UUID commentId,
    String actor,
    List<String> mentioned,
    List<String> newlyMentioned)
    implements Audited {

  public CommentEdited {
    mentioned = List.copyOf(mentioned);
    newlyMentioned = List.copyOf(newlyMentioned);
  }

  @Override
  public String auditAction() {
    return "comment.edited";
  }

  @Override
  public String auditSubject() {
    return commentId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("thread", threadId.toString());
    if (!newlyMentioned.isEmpty()) {
      details.put("newlyMentioned", String.join(",", newlyMentioned));
    }
    return details;
  }
}
