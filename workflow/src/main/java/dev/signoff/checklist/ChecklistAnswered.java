package dev.signoff.checklist;

import dev.signoff.audit.Audited;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A reviewer answered items of their group's checklist on a deal, in one request; published in the
 * transaction that stores the answers, for the deal's audit trail. One entry records the whole
 * request: each item's answer under the item's id, its clause references and note under the id
 * followed by {@code " clauses"} and {@code " note"}.
 */
public record ChecklistAnswered(UUID dealId, String group, List<ItemAnswer> answers, String actor)
    implements Audited {

  public ChecklistAnswered {
    answers = List.copyOf(answers);
  }

  @Override
  public String auditAction() {
    return "checklist.answered";
  }

  /** The group whose checklist was answered. */
  @Override
  public String auditSubject() {
    return group;
  }

  @Override
  public Map<String, String> auditDetails() {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("group", group);
    details.put("items", Integer.toString(answers.size()));
    for (ItemAnswer answer : answers) {
      details.put(answer.itemId(), answer.answer().name());
      if (!answer.clauseRefs().isEmpty()) {
        details.put(answer.itemId() + " clauses", String.join(", ", answer.clauseRefs()));
      }
      if (!answer.note().isBlank()) {
        details.put(answer.itemId() + " note", answer.note());
      }
    }
    return details;
  }
}
