package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.Map;
import java.util.UUID;

/**
 * The starter of a thread set or cleared whether it must be resolved before the deal is signed.
 * Published in the transaction that changes it.
 */
public record ThreadSigningRequirementChanged(
    UUID dealId, UUID threadId, String actor, boolean mustResolveBeforeSigning) implements Audited {

  @Override
  public String auditAction() {
    return "comment.thread-signing-requirement";
  }

  @Override
  public String auditSubject() {
    return threadId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    return Map.of("mustResolveBeforeSigning", Boolean.toString(mustResolveBeforeSigning));
  }
}
