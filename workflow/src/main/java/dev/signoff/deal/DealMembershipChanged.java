package dev.signoff.deal;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The deal's owner or an admin added a person to the deal by name, or removed them; published in
 * the changing transaction.
 *
 * @param changedBy who added or removed them
 * @param member whom
 * @param added true when added, false when removed
 * @param dealClosed whether the deal is closed, i.e. a precedent whose readers changed
 */
public record DealMembershipChanged(
    UUID dealId, String changedBy, String member, boolean added, boolean dealClosed)
    implements Audited {

  @Override
  public String actor() {
    return changedBy;
  }

  @Override
  public String auditAction() {
    return added ? "deal.member-added" : "deal.member-removed";
  }

  @Override
  public String auditSubject() {
    return member;
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("member", member);
    return details;
  }
}
