package dev.signoff.checklist;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic of the contract review, owned by one review group.
 *
 * @param id stable section id, e.g. {@code risk-allocation}
 * @param title shown to reviewers
 * @param owner the review group that answers the section
 * @param clauseKeywords words identifying the contract clauses the section covers
 * @param items the questions of the section
 */
public record ChecklistSection(
    String id, String title, String owner, List<String> clauseKeywords, List<ChecklistItem> items) {

  private static final String NOT_AFTER_LETTER_OR_DIGIT = "(?<![\\p{L}\\p{N}])";

  public ChecklistSection {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(owner, "owner");
    clauseKeywords = List.copyOf(clauseKeywords);
    items = List.copyOf(items);
  }

  /**
   * Whether a clause belongs to this section: it contains a word starting with one of the keywords,
   * ignoring case and line breaks, so "indemnif" matches "indemnification".
   */
  public boolean coversClause(String clauseText) {
    String text = clauseText.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return clauseKeywords.stream()
        .map(keyword -> NOT_AFTER_LETTER_OR_DIGIT + Pattern.quote(keyword.toLowerCase(Locale.ROOT)))
        .anyMatch(keyword -> Pattern.compile(keyword).matcher(text).find());
  }
}
