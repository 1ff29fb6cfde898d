package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.Map;
import java.util.UUID;

/** A thread was resolved. Published in the transaction that resolves it. */
public record ThreadResolved(UUID dealId, UUID threadId, String actor) implements Audited {

  @Override
  public String auditAction() {
    return "comment.thread-resolved";
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
