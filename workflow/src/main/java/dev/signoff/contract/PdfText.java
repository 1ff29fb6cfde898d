package dev.signoff.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the text of a PDF, page by page, into the contract's running text: running headers and
 * footers (a line that recurs at the top or bottom of most pages, whatever its page number) and
 * page numbers ("7", "Page 7 of 12", "- 7 -") are dropped, pages are joined so a sentence runs on
 * across a page break, and a word hyphenated at the end of a line is joined again.
 *
 * <p>Whether a line-end hyphen belongs to the word is decided by the document itself: the hyphen
 * goes when the joined word appears elsewhere in the text and the hyphenated one does not ("Agree-"
 * + "ment"), and stays otherwise ("third-" + "party"), as Word, which most contracts come from,
 * breaks lines only at real hyphens. A soft hyphen always goes.
 */
final class PdfText {

  /** Lines at the top and at the bottom of a page where headers, footers and numbers stand. */
  private static final int MARGIN_LINES = 2;

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?:(?:page|p\\.|seite)\\s*)?\\d{1,4}(?:\\s*(?:of|/|von)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HYPHENATED_LINE_END = Pattern.compile("(\\p{L}+)([-\u00AD])$");
  private static final Pattern LOWER_CASE_LINE_START = Pattern.compile("^(\\p{Ll}\\p{L}*)\\S*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

  private PdfText() {}

  /**
   * The running text of a PDF whose pages each start with a {@link StructureMarkers#PAGE_BREAK}.
   */
  static String clean(String extracted) {
    List<List<String>> pages = new ArrayList<>();
    for (String page : extracted.split(String.valueOf(StructureMarkers.PAGE_BREAK), -1)) {
      List<String> lines = trimmed(List.of(page.split("\\R", -1)));
      if (!lines.isEmpty()) {
        pages.add(lines);
      }
    }
    Set<String> running = runningLines(pages);
    List<String> lines = new ArrayList<>();
    for (List<String> page : pages) {
      List<String> kept = new ArrayList<>();
      for (int index = 0; index < page.size(); index++) {
        String line = page.get(index);
        boolean margin = index < MARGIN_LINES || index >= page.size() - MARGIN_LINES;
        String plain = line.strip();
        if (!margin || !(PAGE_NUMBER.matcher(plain).matches() || running.contains(shape(plain)))) {
          kept.add(line);
        }
      }
      lines.addAll(trimmed(kept));
    }
    return String.join("\n", dehyphenated(lines));
  }

  /** The shapes of lines that recur in the top or bottom margin of most pages. */
  private static Set<String> runningLines(List<List<String>> pages) {
    Set<String> running = new HashSet<>();
    if (pages.size() < 2) {
      return running;
    }
    int needed = Math.max(2, (pages.size() + 1) / 2);
    for (boolean top : new boolean[] {true, false}) {
      Map<String, Integer> pagesWithShape = new HashMap<>();
      for (List<String> page : pages) {
        Set<String> shapes = new HashSet<>();
        for (int offset = 0; offset < Math.min(MARGIN_LINES, page.size()); offset++) {
          String line = page.get(top ? offset : page.size() - 1 - offset).strip();
          if (!line.isEmpty()) {
            shapes.add(shape(line));
          }
        }
        shapes.forEach(shape -> pagesWithShape.merge(shape, 1, Integer::sum));
      }
      pagesWithShape.forEach(
          (shape, count) -> {
            if (count >= needed) {
              running.add(shape);
            }
          });
    }
    return running;
  }

  /** A line with its numbers and spacing evened out, so "Page 3" and "Page 4" look alike. */
  private static String shape(String line) {
    String numbersEvened = DIGITS.matcher(line).replaceAll("#");
    return WHITESPACE.matcher(numbersEvened).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  private static List<String> trimmed(List<String> lines) {
    int start = 0;
    int end = lines.size();
    while (start < end && lines.get(start).isBlank()) {
      start++;
    }
    while (end > start && lines.get(end - 1).isBlank()) {
      end--;
    }
    return new ArrayList<>(lines.subList(start, end));
  }

  private static List<String> dehyphenated(List<String> lines) {
    Set<String> words = words(String.join("\n", lines));
    List<String> joined = new ArrayList<>(lines);
    for (int index = 0; index + 1 < joined.size(); index++) {
      String line = joined.get(index).stripTrailing();
      Matcher hyphen = HYPHENATED_LINE_END.matcher(line);
      String next = joined.get(index + 1).stripLeading();
      Matcher start = LOWER_CASE_LINE_START.matcher(next);
      if (!hyphen.find() || !start.find()) {
        continue;
      }
      String first = hyphen.group(1).toLowerCase(Locale.ROOT);
      String second = start.group(1).toLowerCase(Locale.ROOT);
      boolean softHyphen = hyphen.group(2).equals("\u00AD");
      boolean dropHyphen =
          softHyphen || words.contains(first + second) && !words.contains(first + "-" + second);
      String head = dropHyphen ? line.substring(0, line.length() - 1) : line;
      joined.set(index, head + start.group());
      String rest = next.substring(start.end()).stripLeading();
      if (rest.isEmpty()) {
        joined.remove(index + 1);
      } else {
        joined.set(index + 1, rest);
      }
    }
    return joined;
  }

  /** Every word and hyphenated compound of the text, in lower case. */
  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
