package dev.signoff.checklist;

import java.util.Objects;

/**
 * One question a reviewer answers.
 *
 * @param id stable id, {@code <section id>.<name>}, kept across versions while the question keeps
 *     its meaning
 * @param sectionId the section the item belongs to
 * @param text the question
 * @param guidance what a good answer looks like (may be empty)
 * @param evidence what the reviewer should point to (may be empty)
 * @param required whether the item blocks approval until answered as satisfied or not applicable
 */
public record ChecklistItem(
    String id, String sectionId, String text, String guidance, String evidence, boolean required) {

  public ChecklistItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sectionId, "sectionId");
    Objects.requireNonNull(text, "text");
    guidance = guidance == null ? "" : guidance;
    evidence = evidence == null ? "" : evidence;
  }
}
