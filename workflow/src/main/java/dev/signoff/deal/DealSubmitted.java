package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A deal was submitted for review. Published inside the submitting transaction, so that the review
 * process starts in it or the submission fails as a whole.
 */
public record DealSubmitted(UUID dealId, String owner, DealSheet sheet) implements Audited {

  @Override
  public String actor() {
    return owner;
  }

  @Override
  public String auditAction() {
    return "deal.submitted";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("title", sheet.title());
    details.put("vendor", sheet.vendor());
    details.put("models", String.join(", ", sheet.models()));
    details.put("hostingModel", String.valueOf(sheet.hostingModel()));
    details.put("personalData", Boolean.toString(sheet.personalData()));
    return details;
  }
}
