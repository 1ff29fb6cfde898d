package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.Map;
import java.util.UUID;

/** A resolved thread was reopened. Published in the transaction that reopens it. */
public record ThreadReopened(UUID dealId, UUID threadId, String actor) implements Audited {

  @Override
  public String auditAction() {
    return "comment.thread-reopened";
  }

  @Override
  public String auditSubject() {
    return threadId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    return Map.of();
  }
}
