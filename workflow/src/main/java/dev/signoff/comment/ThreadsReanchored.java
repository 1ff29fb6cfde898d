package dev.signoff.comment;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The open threads of a deal were moved to a new contract version: {@code moved} found their text
 * (or clause) again, {@code outdated} did not and stay linked to the older text. Published in the
 * transaction that stores the version; the actor is {@code "system"}.
 *
 * @param versionId the id of the new contract version
 * @param version its number
 */
public record ThreadsReanchored(UUID dealId, UUID versionId, int version, int moved, int outdated)
    implements Audited {

  @Override
  public String actor() {
    return "system";
  }

  @Override
  public String auditAction() {
    return "comment.threads-reanchored";
  }

  @Override
  public String auditSubject() {
    return versionId.toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", Integer.toString(version));
    details.put("moved", Integer.toString(moved));
    details.put("outdated", Integer.toString(outdated));
    return details;
  }
}
