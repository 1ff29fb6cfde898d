package dev.signoff.search.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A clause's text cut into sentences, with the offsets of each sentence in the whole text. */
final class ClauseText {

  /** One sentence: {@code text.substring(start, end)} of the clause. */
  record Sentence(String source, int start, int end) {

    String text() {
      return source.substring(start, end);
    }

    boolean has(Pattern pattern) {
      return matcher(pattern).find();
    }

    Matcher matcher(Pattern pattern) {
      return pattern.matcher(source).region(start, end).useTransparentBounds(true);
    }
  }

  /**
   * A sentence ends at . ! ? followed by space and a capital, quote or bracket, or at a blank line.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "(?<!\\b(?:e\\.g|i\\.e|etc|No|Nos|Inc|Ltd|Co|Sec|Art|para|approx|incl|vs))"
              + "[.!?](?=\\s+(?:[\\p{Lu}\"“(\\[]|\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s))|\\n\\s*\\n");

  private final String heading;
  private final String text;
  private final List<Sentence> sentences;

  ClauseText(String heading, String text) {
    this.heading = heading == null ? "" : heading;
    this.text = text == null ? "" : text;
    this.sentences = split(this.text);
  }

  String heading() {
    return heading;
  }

  String text() {
    return text;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** Whether the heading or the text matches. */
  boolean mentions(Pattern pattern) {
    return pattern.matcher(heading).find() || pattern.matcher(text).find();
  }

  private static List<Sentence> split(String text) {
    List<Sentence> result = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(text);
    int start = 0;
    while (m.find()) {
      add(result, text, start, m.end());
      start = m.end();
    }
    add(result, text, start, text.length());
    return result;
  }

  private static void add(List<Sentence> result, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      result.add(new Sentence(text, start, end));
    }
  }
}
