package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The deal's owner or an admin withdrew the deal before a decision; published in the withdrawing
 * transaction, in which the review process is ended too.
 *
 * @param withdrawnBy who withdrew it
 * @param reason why, as they wrote it
 */
public record DealWithdrawn(UUID dealId, String withdrawnBy, String reason) implements Audited {

  @Override
  public String actor() {
    return withdrawnBy;
  }

  @Override
  public String auditAction() {
    return "deal.withdrawn";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("stage", DealStage.WITHDRAWN.name());
    details.put("reason", reason);
    return details;
  }
}
