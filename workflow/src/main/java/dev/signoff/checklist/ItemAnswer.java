package dev.signoff.checklist;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer's answer to one item.
 *
 * @param itemId the item answered
 * @param answer the answer
 * @param note the reviewer's explanation (may be empty)
 * @param clauseRefs the contract clauses the answer relies on, e.g. "12.3"
 */
public record ItemAnswer(String itemId, Answer answer, String note, List<String> clauseRefs) {

  public ItemAnswer {
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(answer, "answer");
    note = note == null ? "" : note;
    clauseRefs = clauseRefs == null ? List.of() : List.copyOf(clauseRefs);
  }
}
