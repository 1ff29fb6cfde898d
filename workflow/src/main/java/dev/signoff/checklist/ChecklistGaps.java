package dev.signoff.checklist;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What blocks an approval: required items unanswered or not satisfied.
 *
 * @param unanswered required items without an answer
 * @param notSatisfied required items answered as not satisfied
 */
public record ChecklistGaps(List<ChecklistItem> unanswered, List<ChecklistItem> notSatisfied) {

  public ChecklistGaps {
    unanswered = List.copyOf(unanswered);
    notSatisfied = List.copyOf(notSatisfied);
  }

  /** Whether the group may not approve yet. */
  public boolean blocksApproval() {
    return !unanswered.isEmpty() || !notSatisfied.isEmpty();
  }

  /** A summary for the reviewer, one line per blocking item. */
  public String describe() {
    if (!blocksApproval()) {
      return "Every required item is answered and none is unsatisfied.";
    }
    StringBuilder text = new StringBuilder();
    append(text, unanswered, "not answered");
    append(text, notSatisfied, "not satisfied");
    return text.toString().stripTrailing();
  }

  private static void append(StringBuilder text, List<ChecklistItem> items, String state) {
    if (items.isEmpty()) {
      return;
    }
    text.append(items.size())
        .append(items.size() == 1 ? " required item " : " required items ")
        .append(state)
        .append(":\n")
        .append(
            items.stream()
                .map(item -> "- " + item.id() + ": " + item.text())
                .collect(Collectors.joining("\n")))
        .append('\n');
  }
}
