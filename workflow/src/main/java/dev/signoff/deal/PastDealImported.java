package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A deal decided outside Signoff was recorded as it ended, without running its review; published in
 * the importing transaction.
 *
 * @param outcome the stage it ended in: signed, rejected or withdrawn
 * @param source where the record came from, such as the generator that made it
 */
public record PastDealImported(UUID dealId, DealStage outcome, Instant decidedAt, String source)
    implements Audited {

  @Override
  public String actor() {
    return DealChanged.SYSTEM;
  }

  @Override
  public String auditAction() {
    return "deal.imported";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("stage", outcome.name());
    details.put("decidedAt", decidedAt.toString());
    details.put("source", source);
    return details;
  }
}
