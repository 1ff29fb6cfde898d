package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A deal was rejected by a reviewer, at final approval, or at intake because its use is prohibited
 * (then with the reason); published in the rejecting transaction.
 *
 * @param intakeReason why the deal was stopped at intake; null when a person rejected it
 */
public record DealRejected(UUID dealId, String intakeReason) implements Audited {

  @Override
  public String actor() {
    return DealChanged.SYSTEM;
  }

  @Override
  public String auditAction() {
    return "deal.rejected";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("stage", DealStage.REJECTED.name());
    details.put("atIntake", Boolean.toString(intakeReason != null));
    details.put("reason", intakeReason);
    return details;
  }
}
