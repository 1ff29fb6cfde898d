package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A comment was posted: the first of a new thread, or a reply. Published in the transaction that
 * stores it.
 *
 * @param startedThread true when the comment started the thread
 * @param mentioned the users and groups the comment mentions, in the order written
 */
public record CommentPosted(
    UUID dealId,
    UUID threadId,
    UUID commentId,
    String actor,
    boolean startedThread,
    List<String> mentioned)
    implements Audited {

  public CommentPosted {
    mentioned = List.copyOf(mentioned);
  }

  @Override
  public String auditAction() {
    return startedThread ? "comment.thread-started" : "comment.posted";
  }

  @Override
  public String auditSubject() {
    return commentId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("thread", threadId.toString());
    if (!mentioned.isEmpty()) {
      details.put("mentioned", String.join(",", mentioned));
    }
    return details;
  }
}
