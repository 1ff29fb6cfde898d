package dev.signoff.checklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checklist of one review group for one deal, from one version of the definitions.
 *
 * @param version the version of the definitions it was built from; a review keeps it to the end
 * @param group the review group that answers it
 * @param sections the group's sections with the items that apply to the deal; sections without any
 *     applicable item are left out
 */
public record Checklist(int version, String group, List<ChecklistSection> sections) {

  public Checklist {
    Objects.requireNonNull(group, "group");
    sections = List.copyOf(sections);
  }

  /** All items, section by section. */
  public List<ChecklistItem> items() {
    return sections.stream().flatMap(section -> section.items().stream()).toList();
  }

  /** The item with this id, if it is on this checklist. */
  public Optional<ChecklistItem> item(String itemId) {
    return items().stream().filter(item -> item.id().equals(itemId)).findFirst();
  }

  /** Whether no item applies, so there is nothing for the group to answer. */
  public boolean isEmpty() {
    return sections.isEmpty();
  }
}
