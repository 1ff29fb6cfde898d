package dev.signoff.comment;

import dev.signoff.checklist.ChecklistSection;
import dev.signoff.checklist.Checklists;
import dev.signoff.identity.Roles;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/** The checklist section ids a thread may belong to: those of any version of the definitions. */
@Component
class ChecklistSectionIds {

  private final Set<String> ids = new TreeSet<>();

  ChecklistSectionIds(Checklists checklists) {
    for (int version : checklists.versions()) {
      for (String group : Roles.ALL) {
        try {
          checklists.sectionsOf(version, group).stream()
              .map(ChecklistSection::id)
              .forEach(ids::add);
        } catch (IllegalArgumentException groupWithoutChecklist) {
          // managers, admins and deal owners answer no checklist
        }
      }
    }
  }

  /** The section id, checked; null when none is given. */
  String valid(String sectionId) {
    if (sectionId == null || sectionId.isBlank()) {
      return null;
    }
    String id = sectionId.strip();
    if (!ids.contains(id)) {
      throw CommentProblem.invalid(
          "There is no checklist section '" + id + "'. Known sections: " + ids + ".");
    }
    return id;
  }
}
