package dev.signoff.contract;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.DOTALL;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits contract text into its numbered clauses.
 *
 * <p>A clause starts at a numbered Markdown heading ({@code ## 7. Liability}, {@code ### 7.2 Cap}),
 * at a "Section 7.2" / "Clause 7" / "Article 5" / "§ 5" line, or at a line that begins with a
 * clause number ({@code 7.2 Change management. The Vendor shall ...}, {@code 7.2. Heading}, {@code
 * 7) Heading}). A clause number has at most four levels of at most three digits each and is
 * followed by {@code .} or {@code )} and a space, or by a space and a capitalised word, so amounts
 * such as {@code 99.9% uptime} or {@code 30 days} at the start of a line do not start a clause.
 *
 * <p>Text from Word and PDF files adds two hazards, handled by checking the numbering sequence: a
 * sentence wrapped onto a new line may begin with a number, and a numbered list inside a clause
 * looks like clause numbering. A number whose line continues the previous line's sentence, and a
 * single-level number written without punctuation ({@code 7 Fees}), count only when they follow on
 * from the previous clause number. In a document whose numbered clauses are headings, single-level
 * numbered lines ({@code 1. ...}) are list items and stay in the clause they belong to; list items
 * with sub-numbers ({@code 7.1 ...}) are clauses.
 */
public final class ClauseSegmenter {

  private static final int MAX_HEADING_WORDS = 8;

  /** How far numbering may skip ahead before a weakly marked number is taken for something else. */
  private static final int MAX_NUMBER_STEP = 3;

  private static final String NUMBER = "(\\d{1,3}(?:\\.\\d{1,3}){0,3})(?!\\d|\\.\\d)";

  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
  private static final Pattern MARKDOWN_HEADING =
      Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*))?$", DOTALL);
  private static final Pattern KEYWORD_NUMBER =
      Pattern.compile(
          "^[ \\t]*(?:(?:section|clause|article)[ \\t]+|§[ \\t]*)" + NUMBER + "(.*)$",
          CASE_INSENSITIVE | UNICODE_CASE | DOTALL);
  private static final Pattern KEYWORD_FOLLOWER =
      Pattern.compile("^(?:$|[.:)](?:\\s|$)|\\s+[-–—:]|\\s+[\"“‘'(\\[]?\\p{Lu})");
  private static final Pattern HEADING_NUMBER =
      Pattern.compile("^" + NUMBER + "[.):]?(?=\\s|$)(.*)$", DOTALL);
  private static final Pattern NUMBERED_LINE =
      Pattern.compile("^[ \\t]*(?:[-*+•][ \\t]+)?(?:\\*\\*|__)?" + NUMBER + "([.)])?(.*)$", DOTALL);
  private static final Pattern TEXT_AFTER_SPACE = Pattern.compile("^\\s+\\S");
  private static final Pattern CAPITALISED_WORD = Pattern.compile("^\\s+[\"“‘'(\\[]?\\p{Lu}");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s.:)\\-–—]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]");

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "ltd", "inc", "co", "corp", "no", "nos", "e.g", "i.e", "etc", "vs", "cf", "mr", "mrs",
          "ms", "dr", "st", "art", "sec", "para", "approx", "incl");

  /**
   * Words that make a short phrase a sentence rather than a heading: auxiliary and common contract
   * verbs, and determiners that headings leave out ("Vendor conducts a test of its models").
   */
  private static final Set<String> SENTENCE_WORDS =
      Set.of(
          ("shall will may must can cannot should would could might is are was were be been means"
                  + " mean has have does do owns retains includes applies agrees acknowledges warrants"
                  + " a an its their his her our your any every")
              .split(" "));

  private ClauseSegmenter() {}

  /**
   * Splits extracted contract text (plain text or Markdown, also text that came out of DOCX or PDF)
   * into clauses in document order. Text before the first clause becomes a preamble clause numbered
   * {@code ""}. Unnumbered Markdown headings stay inside the clause they appear in, except in a
   * document without any clause numbering, where each starts a clause numbered {@code ""}; a
   * document with neither gives one clause numbered {@code ""}. Each clause's text is {@code
   * text.substring(start, end)}, without surrounding whitespace.
   *
   * @return the clauses; empty for null or blank text. Never throws.
   */
  public static List<Clause> segment(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<Line> lines = lines(text);
    List<ClauseStart> starts = numberedStarts(lines);
    if (starts.isEmpty()) {
      starts = unnumberedHeadingStarts(lines);
    }
    return clauses(text, lines, starts);
  }

  private record Line(String content, int offset) {

    boolean isBlank() {
      return content.isBlank();
    }
  }

  /** Where a clause starts; its heading is worked out once the clause's extent is known. */
  private record ClauseStart(int line, String number, String rest, boolean headingLine) {}

  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    Matcher lineBreak = LINE_BREAK.matcher(text);
    int offset = 0;
    while (lineBreak.find()) {
      lines.add(new Line(text.substring(offset, lineBreak.start()), offset));
      offset = lineBreak.end();
    }
    lines.add(new Line(text.substring(offset), offset));
    return lines;
  }

  private static List<ClauseStart> numberedStarts(List<Line> lines) {
    boolean numberedHeadings = false;
    for (int index = 0; index < lines.size() && !numberedHeadings; index++) {
      numberedHeadings = headingStart(lines.get(index), index) != null;
    }
    List<ClauseStart> starts = new ArrayList<>();
    int[] previousNumber = null;
    for (int index = 0; index < lines.size(); index++) {
      Line line = lines.get(index);
      boolean continuesSentence = index > 0 && continuesSentence(lines.get(index - 1));
      ClauseStart start = markdownStart(line, index);
      if (start == null) {
        start = keywordStart(line, index);
        if (start != null
            && continuesSentence
            && !followsOn(previousNumber, levels(start.number()), true)) {
          start = null;
        }
      }
      if (start == null) {
        start = paragraphStart(line, index, previousNumber, continuesSentence, numberedHeadings);
      }
      if (start != null) {
        starts.add(start);
        previousNumber = levels(start.number());
      }
    }
    return starts;
  }

  private static ClauseStart headingStart(Line line, int index) {
    ClauseStart start = markdownStart(line, index);
    return start != null ? start : keywordStart(line, index);
  }

  private static ClauseStart markdownStart(Line line, int index) {
    String inner = markdownHeading(line);
    if (inner == null) {
      return null;
    }
    Matcher keyword = KEYWORD_NUMBER.matcher(inner);
    if (keyword.matches()) {
      return new ClauseStart(index, keyword.group(1), keyword.group(2), true);
    }
    Matcher number = HEADING_NUMBER.matcher(inner);
    if (number.matches()) {
      return new ClauseStart(index, number.group(1), number.group(2), true);
    }
    return null;
  }

  /** The text of a Markdown heading line without its markers, or null for any other line. */
  private static String markdownHeading(Line line) {
    Matcher heading = MARKDOWN_HEADING.matcher(line.content());
    if (!heading.matches()) {
      return null;
    }
    String inner = heading.group(1) == null ? "" : heading.group(1);
    return EMPHASIS.matcher(inner).replaceAll("").strip();
  }

  private static ClauseStart keywordStart(Line line, int index) {
    Matcher keyword = KEYWORD_NUMBER.matcher(EMPHASIS.matcher(line.content()).replaceAll(""));
    if (!keyword.matches() || !KEYWORD_FOLLOWER.matcher(keyword.group(2)).find()) {
      return null;
    }
    return new ClauseStart(index, keyword.group(1), keyword.group(2), false);
  }

  private static ClauseStart paragraphStart(
      Line line,
      int index,
      int[] previousNumber,
      boolean continuesSentence,
      boolean numberedHeadings) {
    Matcher numbered = NUMBERED_LINE.matcher(line.content());
    if (!numbered.matches()) {
      return null;
    }
    String number = numbered.group(1);
    boolean punctuated = numbered.group(2) != null;
    String rest = numbered.group(3);
    if (rest.startsWith("**") || rest.startsWith("__")) {
      rest = rest.substring(2);
    }
    boolean numberLike =
        punctuated ? TEXT_AFTER_SPACE.matcher(rest).find() : CAPITALISED_WORD.matcher(rest).find();
    if (!numberLike) {
      return null;
    }
    int[] levels = levels(number);
    boolean singleLevel = levels.length == 1;
    if (singleLevel && numberedHeadings) {
      return null;
    }
    if ((singleLevel || continuesSentence) && !followsOn(previousNumber, levels, punctuated)) {
      return null;
    }
    return new ClauseStart(index, number, rest, false);
  }

  /** True when the line breaks off mid-sentence, so the next line carries the same sentence on. */
  private static boolean continuesSentence(Line previous) {
    String content = previous.content().strip();
    if (content.isEmpty() || content.startsWith("#")) {
      return false;
    }
    char last = content.charAt(content.length() - 1);
    boolean hyphenatedWord =
        "-–".indexOf(last) >= 0
            && content.length() > 1
            && Character.isLetter(content.charAt(content.length() - 2));
    return Character.isLowerCase(last) || ",(&/".indexOf(last) >= 0 || hyphenatedWord;
  }

  /**
   * True when {@code next} is a plausible next clause number after {@code previous}: a first
   * sub-clause (7 → 7.1), the next sibling or a later top level (7.2 → 7.3, 7.2 → 8, 7.2 → 8.1),
   * skipping at most a few numbers.
   */
  private static boolean followsOn(int[] previous, int[] next, boolean punctuated) {
    if (previous == null) {
      return punctuated || next[0] <= 1;
    }
    int common = 0;
    while (common < previous.length && common < next.length && previous[common] == next[common]) {
      common++;
    }
    if (common == next.length) {
      return false;
    }
    int step = common == previous.length ? next[common] : next[common] - previous[common];
    if (step < 1 || step > MAX_NUMBER_STEP) {
      return false;
    }
    for (int level = common + 1; level < next.length; level++) {
      if (next[level] > 1) {
        return false;
      }
    }
    return true;
  }

  private static int[] levels(String number) {
    String[] parts = number.split("\\.");
    int[] levels = new int[parts.length];
    for (int index = 0; index < parts.length; index++) {
      levels[index] = Integer.parseInt(parts[index]);
    }
    return levels;
  }

  private static List<ClauseStart> unnumberedHeadingStarts(List<Line> lines) {
    List<ClauseStart> starts = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      String inner = markdownHeading(lines.get(index));
      if (inner != null && !cleanHeading(inner).isEmpty()) {
        starts.add(new ClauseStart(index, "", inner, true));
      }
    }
    return starts;
  }

  private static List<Clause> clauses(String text, List<Line> lines, List<ClauseStart> starts) {
    List<Clause> clauses = new ArrayList<>();
    int firstStart = starts.isEmpty() ? text.length() : lines.get(starts.get(0).line()).offset();
    Clause preamble = clause(text, "", "", 0, firstStart);
    if (preamble != null) {
      clauses.add(preamble);
    }
    for (int index = 0; index < starts.size(); index++) {
      ClauseStart start = starts.get(index);
      int endLine = index + 1 < starts.size() ? starts.get(index + 1).line() : lines.size();
      int end = endLine < lines.size() ? lines.get(endLine).offset() : text.length();
      String heading = heading(start, lines, endLine);
      Clause clause = clause(text, start.number(), heading, lines.get(start.line()).offset(), end);
      if (clause != null) {
        clauses.add(clause);
      }
    }
    return clauses;
  }

  private static Clause clause(String text, String number, String heading, int from, int to) {
    int start = from;
    while (start < to && isBlank(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    return new Clause(number, heading, text.substring(start, end), start, end);
  }

  private static boolean isBlank(char character) {
    return Character.isWhitespace(character) || Character.isSpaceChar(character);
  }

  private static String heading(ClauseStart start, List<Line> lines, int endLine) {
    if (start.headingLine()) {
      return cleanHeading(start.rest());
    }
    int nextLine = start.line() + 1;
    String next = nextLine < endLine ? lines.get(nextLine).content().strip() : "";
    boolean textFollows = false;
    for (int index = nextLine; index < endLine && !textFollows; index++) {
      textFollows = !lines.get(index).isBlank();
    }
    return inlineHeading(start.rest(), next, textFollows);
  }

  private static String cleanHeading(String heading) {
    String cleaned = EMPHASIS.matcher(heading).replaceAll("");
    cleaned = withoutClosingHashes(cleaned);
    cleaned = LEADING_SEPARATORS.matcher(cleaned).replaceFirst("");
    return withoutTrailingSeparators(cleaned).strip();
  }

  /** Drops the optional closing sequence of a Markdown heading ({@code ## Fees ##}). */
  private static String withoutClosingHashes(String heading) {
    String trimmed = heading.stripTrailing();
    int end = trimmed.length();
    while (end > 0 && trimmed.charAt(end - 1) == '#') {
      end--;
    }
    boolean closingSequence =
        end < trimmed.length() && (end == 0 || isBlank(trimmed.charAt(end - 1)));
    return closingSequence ? trimmed.substring(0, end) : trimmed;
  }

  private static String withoutTrailingSeparators(String text) {
    int end = text.length();
    while (end > 0 && (isBlank(text.charAt(end - 1)) || ".:".indexOf(text.charAt(end - 1)) >= 0)) {
      end--;
    }
    return text.substring(0, end);
  }

  /**
   * The heading of a clause whose heading shares its line with the number and perhaps the body: the
   * phrase up to the first full stop when it is short and reads like a title rather than a sentence
   * ("12.1 Cap. Each party's ..."), or a short title alone on the line ("7.2 Change Management").
   */
  private static String inlineHeading(String rest, String nextLine, boolean textFollows) {
    String body =
        LEADING_SEPARATORS.matcher(EMPHASIS.matcher(rest).replaceAll("")).replaceFirst("");
    body = body.strip();
    if (body.isEmpty()) {
      return "";
    }
    int end = sentenceEnd(body);
    if (end >= 0) {
      String phrase = body.substring(0, end).strip();
      boolean more = textFollows || !body.substring(end + 1).isBlank();
      return more && isHeadingPhrase(phrase) ? phrase : "";
    }
    boolean wrapsOn = !nextLine.isEmpty() && Character.isLowerCase(nextLine.codePointAt(0));
    String phrase = withoutTrailingSeparators(body);
    return !wrapsOn && isHeadingPhrase(phrase) ? phrase : "";
  }

  /** Index of the first full stop that ends a sentence, skipping decimals and abbreviations. */
  private static int sentenceEnd(String text) {
    for (int index = 0; index < text.length(); index++) {
      if (text.charAt(index) != '.') {
        continue;
      }
      if (index + 1 < text.length() && !isBlank(text.charAt(index + 1))) {
        continue;
      }
      int wordStart = index;
      while (wordStart > 0
          && (Character.isLetter(text.charAt(wordStart - 1))
              || text.charAt(wordStart - 1) == '.')) {
        wordStart--;
      }
      String word = text.substring(wordStart, index).toLowerCase(Locale.ROOT);
      if (!ABBREVIATIONS.contains(word)) {
        return index;
      }
    }
    return -1;
  }

  private static boolean isHeadingPhrase(String phrase) {
    if (phrase.isEmpty() || phrase.codePoints().noneMatch(Character::isLetter)) {
      return false;
    }
    String[] words = WHITESPACE.split(phrase);
    if (words.length > MAX_HEADING_WORDS) {
      return false;
    }
    for (String word : words) {
      String letters = NON_LETTERS.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
      if (SENTENCE_WORDS.contains(letters)) {
        return false;
      }
    }
    return ",;-–—(&/".indexOf(phrase.charAt(phrase.length() - 1)) < 0;
  }
}
