package dev.signoff.search.terms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/** Shared building blocks of the extraction rules. */
final class Terms {

  private Terms() {}

  /**
   * An expression matched against folded text regardless of ASCII case, wherever it starts (unlike
   * a {@link Cue}, which starts at words).
   */
  static Pattern caseless(String regex) {
    return Pattern.compile(foldLiterals(regex));
  }

  /** A cue of a rule, matched against {@linkplain #fold(String) folded} text only. */
  static Cue cue(String regex) {
    return Cue.of(regex);
  }

  /**
   * The text as the rules read it: ASCII capitals in lower case, exactly what {@code
   * CASE_INSENSITIVE} (without {@code UNICODE_CASE}) ignores, and typographic quotes, dashes, the
   * euro sign and bullets as one Latin-1 character each, so that a contract typeset with curly
   * quotes is scanned as a compact Latin-1 string. Offsets stay the same.
   */
  static String fold(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = f;
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static char fold(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    if (c < 0x2010) {
      return c;
    }
    return switch (c) {
      case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u2033' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
      case '\u20AC' -> '\u00A4';
      case '\u2022' -> '\u00B7';
      default -> c;
    };
  }

  /** Folds the literal letters of a regular expression, leaving escapes such as {@code \S}. */
  static String foldLiterals(String regex) {
    StringBuilder folded = new StringBuilder(regex.length());
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        char escaped = regex.charAt(++i);
        folded.append(c).append(escaped);
        if ((escaped == 'p' || escaped == 'P')
            && i + 1 < regex.length()
            && regex.charAt(i + 1) == '{') {
          int close = regex.indexOf('}', i);
          folded.append(regex, i + 1, close + 1);
          i = close;
        }
      } else {
        folded.append(fold(c));
      }
    }
    return folded.toString();
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
  static boolean before(String text, int at, int before, Cue pattern) {
    return pattern.matcher(text.substring(Math.max(0, at - before), at)).find();
  }

  /** Whether the pattern matches in the window of {@code after} characters after {@code at}. */
  static boolean after(String text, int at, int after, Cue pattern) {
    return pattern.matcher(text.substring(at, Math.min(text.length(), at + after))).find();
  }
}
