package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.Map;
import java.util.UUID;

/** A deal received its final approval and is signed; published in the signing transaction. */
public record DealSigned(UUID dealId) implements Audited {

  @Override
  public String actor() {
    return DealChanged.SYSTEM;
  }

  @Override
  public String auditAction() {
    return "deal.signed";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    return Map.of("stage", DealStage.SIGNED.name());
  }
}
