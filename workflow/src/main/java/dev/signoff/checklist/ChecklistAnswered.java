package dev.signoff.checklist;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A reviewer answered an item of their group's checklist on a deal; published in the transaction
 * that stores the answer, for the deal's audit trail.
 */
public record ChecklistAnswered(UUID dealId, String group, ItemAnswer answer, String actor)
    implements Audited {

  @Override
  public String auditAction() {
    return "checklist.answered";
  }

  @Override
  public String auditSubject() {
    return answer.itemId();
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("group", group);
    details.put("answer", answer.answer().name());
    if (!answer.clauseRefs().isEmpty()) {
      details.put("clauseRefs", String.join(", ", answer.clauseRefs()));
    }
    if (!answer.note().isBlank()) {
      details.put("note", answer.note());
    }
    return details;
  }
}
