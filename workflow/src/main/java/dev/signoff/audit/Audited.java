package dev.signoff.audit;

import java.util.Map;
import java.util.UUID;

/**
 * An event that changes a deal and belongs in its audit trail. Publishing one inside the
 * transaction that makes the change appends it to the deal's hash chain in that same transaction,
 * so the change and its audit entry are written together or not at all.
 */
public interface Audited {

  /** The deal whose trail the entry joins. */
  UUID dealId();

  /** Who made the change: a username, or {@code "system"} for the process itself. */
  String actor();

  /** What happened, as a dotted name such as {@code "comment.posted"}. */
  String auditAction();

  /** The id of what changed (a task, a comment, a version); {@code ""} for the deal itself. */
  String auditSubject();

  /** Facts worth keeping about the change, in a stable order; empty when there are none. */
  Map<String, String> auditDetails();
}
