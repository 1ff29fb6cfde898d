package dev.signoff.ui;

import dev.signoff.checklist.ChecklistSection;
import dev.signoff.checklist.Checklists;
import dev.signoff.deal.DealDetails;
import dev.signoff.identity.Roles;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checklist sections of a deal's reviews, under which threads are filed and filtered. */
final class DealSections {

  private DealSections() {}

  /** Section id → "Title (Group)", in the order of the required reviews. */
  static Map<String, String> of(Checklists checklists, DealDetails deal) {
    int version =
        deal.checklistVersion() != null ? deal.checklistVersion() : checklists.currentVersion();
    Map<String, String> sections = new LinkedHashMap<>();
    for (String group : deal.requiredReviews()) {
      try {
        for (ChecklistSection section : checklists.sectionsOf(version, group)) {
          sections.putIfAbsent(section.id(), section.title() + " (" + Roles.label(group) + ")");
        }
      } catch (IllegalArgumentException groupWithoutChecklist) {
        // Approvals such as the managers' answer no checklist.
      }
    }
    return sections;
  }
}
