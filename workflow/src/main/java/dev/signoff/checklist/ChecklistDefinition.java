package dev.signoff.checklist;

import java.util.List;
import java.util.function.Predicate;

/**
 * One version of the checklist definitions, as read from its file: every section and item with the
 * conditions that switch them on.
 *
 * @param version the version number
 * @param source where it was read from, for messages
 * @param sections all sections of all groups
 */
record ChecklistDefinition(int version, String source, List<SectionDefinition> sections) {

  ChecklistDefinition {
    sections = List.copyOf(sections);
  }

  /** The checklist of a group for a deal: applicable sections with their applicable items. */
  Checklist checklistFor(String group, ChecklistContext deal) {
    List<ChecklistSection> applicable =
        sections.stream()
            .filter(section -> section.owner().equals(group) && section.when().holdsFor(deal))
            .map(section -> section.toSection(item -> item.when().holdsFor(deal)))
            .filter(section -> !section.items().isEmpty())
            .toList();
    return new Checklist(version, group, applicable);
  }

  /** The sections a group owns, with all their items whatever the conditions. */
  List<ChecklistSection> sectionsOf(String group) {
    return sections.stream()
        .filter(section -> section.owner().equals(group))
        .map(section -> section.toSection(item -> true))
        .toList();
  }

  record SectionDefinition(
      String id,
      String title,
      String owner,
      List<String> clauseKeywords,
      Condition when,
      List<ItemDefinition> items) {

    SectionDefinition {
      clauseKeywords = List.copyOf(clauseKeywords);
      items = List.copyOf(items);
    }

    ChecklistSection toSection(Predicate<ItemDefinition> included) {
      return new ChecklistSection(
          id,
          title,
          owner,
          clauseKeywords,
          items.stream().filter(included).map(ItemDefinition::item).toList());
    }
  }

  record ItemDefinition(ChecklistItem item, Condition when) {}
}
