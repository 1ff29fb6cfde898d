package dev.signoff.search.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A clause's text cut into sentences, with the offsets of each sentence in the whole text.
 *
 * <p>The rules match their cues against the {@linkplain Terms#fold(String) folded} heading and
 * text, which have the same offsets as the originals; sentences are found in the original, where
 * capitals still mark where a sentence starts.
 */
final class ClauseText {

  /** One sentence: {@code text.substring(start, end)} of the folded clause text. */
  record Sentence(String source, WordStarts words, int start, int end) {

    String text() {
      return source.substring(start, end);
    }

    boolean has(Cue cue) {
      return cue.foundIn(source, words, start, end);
    }

    Matcher matcher(Cue cue) {
      return cue.matcher(source).region(start, end).useTransparentBounds(true);
    }
  }

  /**
   * A sentence ends at . ! ? followed by space and a capital, quote or bracket, or at a blank line;
   * abbreviations are checked behind the stop, so that only stops pay for them.
   */
  private static final Pattern SENTENCE_END =
      Pattern.compile(
          "[.!?](?<!\\b(?:e\\.g|i\\.e|etc|No|Nos|Inc|Ltd|Co|Sec|Art|para|approx|incl|vs)[.!?])"
              + "(?=\\s+(?:[\\p{Lu}\"“(\\[]|\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s))|\\n\\s*\\n");

  private final String heading;
  private final String text;
  private final WordStarts words;
  private final int headingLineEnd;
  private final List<Sentence> sentences;

  ClauseText(String heading, String text) {
    String original = text == null ? "" : text;
    this.heading = Terms.fold(heading == null ? "" : heading);
    this.text = Terms.fold(original);
    this.words = new WordStarts(this.text);
    this.headingLineEnd = headingLineEnd(this.heading, this.text);
    this.sentences = split(original, this.text, words);
  }

  /** The folded heading. */
  String heading() {
    return heading;
  }

  /** The folded text. */
  String text() {
    return text;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** Whether the heading or the text matches. */
  boolean mentions(Cue cue) {
    return cue.matcher(heading).find() || cue.foundIn(text, words, 0, text.length());
  }

  /**
   * Where the heading line ends when the text opens with its number and heading on a line of its
   * own ("4. Restrictions on Training" then the body), 0 otherwise. The heading stays part of the
   * first sentence, where it gives the body its subject ("Security Incidents" / "notify within 72
   * hours"), but a rule can tell a cue in the heading from one in the body.
   */
  int headingLineEnd() {
    return headingLineEnd;
  }

  private static int headingLineEnd(String heading, String text) {
    String title = heading.strip();
    int lineEnd = text.indexOf('\n');
    if (title.isEmpty() || lineEnd <= 0 || lineEnd > title.length() + 24) {
      return 0;
    }
    return text.substring(0, lineEnd).contains(title) ? lineEnd : 0;
  }

  private static List<Sentence> split(String original, String text, WordStarts words) {
    List<Sentence> result = new ArrayList<>();
    Matcher m = SENTENCE_END.matcher(original);
    int start = 0;
    while (m.find()) {
      add(result, text, words, start, m.end());
      start = m.end();
    }
    add(result, text, words, start, text.length());
    return result;
  }

  private static void add(
      List<Sentence> result, String text, WordStarts words, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      result.add(new Sentence(text, words, start, end));
    }
  }
}
