package dev.signoff.precedent;

import dev.signoff.search.ClauseHit;
import dev.signoff.search.HitTerm;
import dev.signoff.search.PrecedentHit;
import dev.signoff.search.terms.TermField;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/**
 * Precedent hits as CSV (RFC 4180): every cell quoted when it holds a comma, a quote or a line
 * break, and a cell that a spreadsheet would read as a formula (starting with {@code = + - @}, a
 * tab or a carriage return) prefixed with an apostrophe, so opening the export runs nothing.
 */
final class PrecedentCsv {

  /** The numeric terms, one column each. */
  static final List<TermField> NUMERIC_TERMS =
      Arrays.stream(TermField.values())
          .filter(
              field ->
                  field.kind() == TermField.Kind.QUANTITY || field.kind() == TermField.Kind.MONEY)
          .toList();

  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final String LINE_END = "\r\n";

  private final Writer out;

  PrecedentCsv(Writer out) {
    this.out = out;
  }

  void header() throws IOException {
    List<String> cells =
        new ArrayList<>(
            List.of(
                "deal id",
                "deal",
                "vendor",
                "outcome",
                "risk tier",
                "decided",
                "clause",
                "clause types",
                "section owner",
                "section decision"));
    NUMERIC_TERMS.forEach(field -> cells.add(field.name()));
    cells.add("text");
    line(cells);
  }

  void row(PrecedentHit hit) throws IOException {
    ClauseHit clause = hit.clause();
    List<String> cells = new ArrayList<>();
    cells.add(hit.dealId());
    cells.add(hit.title());
    cells.add(hit.vendor());
    cells.add(hit.outcome());
    cells.add(hit.riskTier());
    cells.add(hit.decidedAt() == null ? "" : hit.decidedAt().toString());
    cells.add(clause == null ? "" : label(clause));
    cells.add(clause == null ? "" : String.join("; ", clause.types()));
    cells.add(clause == null ? "" : clause.sectionOwner());
    cells.add(clause == null ? "" : clause.sectionDecision());
    for (TermField field : NUMERIC_TERMS) {
      cells.add(
          clause == null
              ? ""
              : clause.terms().stream()
                  .filter(term -> term.field() == field)
                  .map(HitTerm::normalised)
                  .collect(Collectors.joining("; ")));
    }
    cells.add(plain(hit.fragments()));
    line(cells);
  }

  private void line(List<String> cells) throws IOException {
    out.write(cells.stream().map(PrecedentCsv::cell).collect(Collectors.joining(",")));
    out.write(LINE_END);
  }

  /** One cell, neutralised against formulas and quoted when needed. */
  static String cell(String value) {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String label(ClauseHit clause) {
    String number = clause.number() == null ? "" : clause.number();
    String heading = clause.heading() == null ? "" : clause.heading();
    return (number + " " + heading).strip();
  }

  /** The fragments as plain text: the {@code <mark>} tags removed and the escaping undone. */
  private static String plain(List<String> fragments) {
    return fragments.stream()
        .map(fragment -> HtmlUtils.htmlUnescape(TAGS.matcher(fragment).replaceAll("")))
        .collect(Collectors.joining(" … "));
  }
}
