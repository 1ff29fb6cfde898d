package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A step of a deal's review changed it: routing, a new round, a revision, the pre-signoff review,
 * the final approval, a reminder or escalation, a task the process created or cancelled. Published
 * in the transaction of the change, for the deal's audit trail.
 *
 * @param actor the username behind the change, or {@link #SYSTEM} for the process
 * @param auditAction what happened, e.g. {@code "deal.routed"}
 * @param auditSubject the id of what changed (a task), or {@code ""} for the deal itself
 * @param auditDetails facts about the change, in the order given
 */
public record DealChanged(
    UUID dealId,
    String actor,
    String auditAction,
    String auditSubject,
    Map<String, String> auditDetails)
    implements Audited {

  /** The actor of changes the review process makes by itself. */
  public static final String SYSTEM = "system";

  public DealChanged {
    auditSubject = auditSubject == null ? "" : auditSubject;
    auditDetails = Collections.unmodifiableMap(new LinkedHashMap<>(auditDetails));
  }
}
