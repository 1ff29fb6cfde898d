package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contract text as its numbered clauses: each clause a block with its number and heading in
 * bold, addressable as {@code clause-7-2} for clause 7.2.
 */
class ContractClauses extends Div {

  private static final Pattern CLAUSE_WORDS =
      Pattern.compile("\\b(?:section|clause|article)\\b|§", Pattern.CASE_INSENSITIVE);
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Map<Clause, Div> blocks = new LinkedHashMap<>();
  private final String text;

  ContractClauses(String text) {
    this.text = text == null ? "" : text;
    setId("contract-text");
    getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("background", "var(--lumo-contrast-5pct)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("overflow", "auto")
        .set("box-sizing", "border-box");
    Set<String> usedIds = new HashSet<>();
    var clauses = ClauseSegmenter.segment(text);
    if (clauses.isEmpty()) {
      add(new Paragraph("The contract has no text."));
    }
    clauses.forEach(clause -> blocks.put(clause, block(clause, usedIds)));
    blocks.values().forEach(this::add);
  }

  /** The contract text the clauses are cut from. */
  String text() {
    return text;
  }

  /** The clauses in document order, each with its block. */
  Map<Clause, Div> blocks() {
    return blocks;
  }

  private static Div block(Clause clause, Set<String> usedIds) {
    Div block = new Div();
    block.addClassName("clause");
    block.getStyle().set("margin-bottom", "var(--lumo-space-m)");
    if (!clause.number().isEmpty()) {
      String id = "clause-" + clause.number().replace('.', '-');
      // Numbering can repeat in a badly formatted document; ids must stay unique.
      if (usedIds.add(id)) {
        block.setId(id);
      }
    }
    String title = (clause.number() + " " + clause.heading()).strip();
    if (!title.isEmpty()) {
      Span heading = new Span(title);
      heading.addClassName("clause-heading");
      heading.getStyle().set("font-weight", "600").set("display", "block");
      block.add(heading);
    }
    String body = body(clause, title);
    if (!body.isEmpty()) {
      Div text = new Div(body);
      text.addClassName("clause-text");
      // Where the shown text starts in the contract text (it is a suffix of the clause text), so
      // that a selection in it maps to offsets in the contract text.
      int start = clause.end() - body.length();
      text.getElement().setAttribute("data-start", String.valueOf(start));
      text.getStyle().set("white-space", "pre-wrap");
      block.add(text);
    }
    return block;
  }

  /** The clause text without its first line when that line only repeats the number and heading. */
  private static String body(Clause clause, String title) {
    String text = clause.text();
    int lineEnd = text.indexOf('\n');
    String firstLine = lineEnd < 0 ? text : text.substring(0, lineEnd);
    if (!title.isEmpty() && normalised(firstLine).equals(normalised(title))) {
      return lineEnd < 0 ? "" : text.substring(lineEnd + 1).strip();
    }
    return text;
  }

  private static String normalised(String line) {
    String withoutWords = CLAUSE_WORDS.matcher(line).replaceAll("");
    return NOT_LETTER_OR_DIGIT.matcher(withoutWords).replaceAll("").toLowerCase(Locale.ROOT);
  }
}
