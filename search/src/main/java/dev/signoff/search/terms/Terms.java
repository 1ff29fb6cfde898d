package dev.signoff.search.terms;

import static java.util.regex.Pattern.CASE_INSENSITIVE;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Shared building blocks of the extraction rules. */
final class Terms {

  private Terms() {}

  static Pattern cue(String regex) {
    return Pattern.compile(regex, CASE_INSENSITIVE);
  }

  static ExtractedTerm quantity(
      String text, TermField field, BigDecimal amount, TermUnit unit, int start, int end) {
    return new ExtractedTerm(
        field, new TermValue.Quantity(amount, unit), start, end, text.substring(start, end));
  }

  static ExtractedTerm flag(String text, TermField field, boolean value, int start, int end) {
    return new ExtractedTerm(
        field, new TermValue.Flag(value), start, end, text.substring(start, end));
  }

  /** Adds the term unless the same field already carries the same value. */
  static void addDistinct(List<ExtractedTerm> out, ExtractedTerm term) {
    boolean known =
        out.stream()
            .anyMatch(
                t ->
                    t.field() == term.field()
                        && t.value().normalised().equals(term.value().normalised()));
    if (!known) {
      out.add(term);
    }
  }

  /** Whether the pattern matches in the window of {@code before} characters before {@code at}. */
  static boolean before(String text, int at, int before, Pattern pattern) {
    return pattern.matcher(text.substring(Math.max(0, at - before), at)).find();
  }

  /** Whether the pattern matches in the window of {@code after} characters after {@code at}. */
  static boolean after(String text, int at, int after, Pattern pattern) {
    return pattern.matcher(text.substring(at, Math.min(text.length(), at + after))).find();
  }
}
