package dev.signoff.checklist;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A revision changed clauses that sections of a group's checklist cover, so the group's answers in
 * those sections were cleared to be given again; published in the process's transaction.
 *
 * @param itemIds the items whose answers were cleared
 */
public record ChecklistSectionsCleared(
    UUID dealId, String group, List<String> sectionIds, List<String> itemIds) implements Audited {

  @Override
  public String actor() {
    return "system";
  }

  @Override
  public String auditAction() {
    return "checklist.cleared";
  }

  @Override
  public String auditSubject() {
    return "";
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("group", group);
    details.put("sections", String.join(", ", sectionIds));
    details.put("items", String.join(", ", itemIds));
    return details;
  }
}
