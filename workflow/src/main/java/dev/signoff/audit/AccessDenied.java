package dev.signoff.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Someone was refused access to an existing deal or an action on one of its tasks. Recorded with
 * {@link AuditTrail#recordDenial}, after the refused request's own transaction has ended.
 *
 * @param actor who was refused
 * @param subject what they asked for: a task id, or {@code ""} for the deal itself
 * @param attempted what they tried, e.g. "view the deal" or "decide"
 * @param reason why they were refused
 */
public record AccessDenied(
    UUID dealId, String actor, String subject, String attempted, String reason) implements Audited {

  @Override
  public String auditAction() {
    return "access.denied";
  }

  @Override
  public String auditSubject() {
    return subject == null ? "" : subject;
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("attempted", attempted);
    details.put("reason", reason);
    return details;
  }
}
