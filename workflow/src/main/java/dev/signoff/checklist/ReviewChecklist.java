package dev.signoff.checklist;

import java.util.Map;

/**
 * A group's checklist on one deal with the answers given so far and what still blocks an approval.
 *
 * @param checklist the items that apply to the deal, from the version the deal's review started
 *     with
 * @param answers the answers by item id
 * @param gaps required items unanswered or not satisfied
 */
public record ReviewChecklist(
    Checklist checklist, Map<String, AnsweredItem> answers, ChecklistGaps gaps) {

  public ReviewChecklist {
    answers = Map.copyOf(answers);
  }
}
