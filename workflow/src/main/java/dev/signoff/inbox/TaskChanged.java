package dev.signoff.inbox;

import dev.signoff.audit.Audited;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Someone claimed, gave back, handed over or completed a task of a deal; published in the
 * transaction of the change, for the deal's audit trail.
 *
 * @param actor who acted
 * @param auditAction {@code task.claimed}, {@code task.unclaimed}, {@code task.delegated}, {@code
 *     task.reassigned} or {@code task.completed}
 * @param auditSubject the task's id
 * @param auditDetails the task and, for a completion, the decision
 */
public record TaskChanged(
    UUID dealId,
    String actor,
    String auditAction,
    String auditSubject,
    Map<String, String> auditDetails)
    implements Audited {

  public TaskChanged {
    auditDetails = Collections.unmodifiableMap(new LinkedHashMap<>(auditDetails));
  }
}
