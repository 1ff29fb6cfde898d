package dev.signoff.contract;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A new version of a deal's contract was stored; published in the transaction that stores it. */
public record ContractVersionStored(UUID dealId, ContractInfo version) implements Audited {

  @Override
  public String actor() {
    return version.uploadedBy();
  }

  @Override
  public String auditAction() {
    return "contract.version-uploaded";
  }

  @Override
  public String auditSubject() {
    return version.id().toString();
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("version", Integer.toString(version.version()));
    details.put("fileName", version.fileName());
    details.put("mediaType", version.mediaType());
    details.put("sizeBytes", Long.toString(version.sizeBytes()));
    details.put("sha256", version.sha256());
    return details;
  }
}
