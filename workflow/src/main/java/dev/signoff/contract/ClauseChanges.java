package dev.signoff.contract;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares two versions of a contract, clause by clause, for the clauses a topic covers, such as
 * liability or service levels.
 */
public final class ClauseChanges {

  /** Share of words two clause texts must have in common to count as one clause reworded. */
  private static final double REWORDED_SIMILARITY = 0.6;

  private static final Pattern CLAUSE_NUMBER_PREFIX =
      Pattern.compile(
          "^\\s*(?:#{1,6}\\s+)?(?:[-*+•]\\s+)?(?:\\*\\*|__)?"
              + "(?:(?:(?:section|clause|article)\\s+|§\\s*)?\\d{1,3}(?:\\.\\d{1,3}){0,3}[.):]?(?=\\s|$))?",
          CASE_INSENSITIVE | UNICODE_CASE);
  private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ClauseChanges() {}

  /**
   * Which clauses that a set of keywords covers changed between two versions of a contract.
   *
   * <p>A clause is covered when its heading or text, or the heading of a clause it is nested in (12
   * for 12.2), contains one of the keywords. Keywords match case-insensitively at the start of a
   * word, so "indemnif" matches "indemnify" and "indemnification" but not "reindemnify"; multi-word
   * keywords such as "hold harmless" match as phrases across any whitespace.
   *
   * <p>Clauses are paired across the versions first by identical content, so clauses that were only
   * renumbered (a clause inserted before them) pair up unchanged; then by number and heading, by
   * heading, by largely shared wording, and finally by number. A pair counts as changed when either
   * side is covered and their normalised texts differ: whitespace collapsed, case, the clause
   * number and Markdown markers removed, and typographic variants (curly and straight quotes,
   * dashes, non-breaking spaces) treated as equal. A covered clause with no partner counts as added
   * or removed.
   *
   * @return labels such as "7.2 Change management" (just the number when the clause has no heading,
   *     the heading for an unnumbered clause, "preamble" for the text before the first clause),
   *     changed and added clauses in the order of the new version, then removed clauses in the
   *     order of the old version, each label once
   */
  public static List<String> changedClauses(
      Collection<String> keywords, List<Clause> before, List<Clause> after) {
    List<Pattern> patterns = keywordPatterns(keywords);
    if (patterns.isEmpty()) {
      return List.of();
    }
    Version old = new Version(before, patterns);
    Version current = new Version(after, patterns);
    int[] partners = pair(old, current);
    boolean[] paired = new boolean[old.size()];
    Set<String> changed = new LinkedHashSet<>();
    for (int index = 0; index < current.size(); index++) {
      int partner = partners[index];
      if (partner < 0) {
        if (current.covered[index]) {
          changed.add(label(current.clauses.get(index)));
        }
        continue;
      }
      paired[partner] = true;
      boolean covered = current.covered[index] || old.covered[partner];
      if (covered && !current.texts.get(index).equals(old.texts.get(partner))) {
        changed.add(label(current.clauses.get(index)));
      }
    }
    for (int index = 0; index < old.size(); index++) {
      if (!paired[index] && old.covered[index]) {
        changed.add(label(old.clauses.get(index)));
      }
    }
    return List.copyOf(changed);
  }

  /**
   * Pairs the clauses of two versions of a contract the same way {@link #changedClauses} does: by
   * identical content, then number and heading, heading, largely shared wording, and number.
   *
   * @return for each clause of {@code after} (by index), the index of its partner in {@code
   *     before}, or -1 when it has none (it was added)
   */
  public static int[] partners(List<Clause> before, List<Clause> after) {
    return pair(new Version(before, List.of()), new Version(after, List.of()));
  }

  private static List<Pattern> keywordPatterns(Collection<String> keywords) {
    if (keywords == null) {
      return List.of();
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String keyword : keywords) {
      String normalised = keyword == null ? "" : typographic(keyword).strip();
      if (normalised.isEmpty()) {
        continue;
      }
      String phrase =
          Arrays.stream(WHITESPACE.split(normalised))
              .map(Pattern::quote)
              .collect(Collectors.joining("\\s+"));
      patterns.add(
          Pattern.compile("(?<![\\p{L}\\p{N}])" + phrase, CASE_INSENSITIVE | UNICODE_CASE));
    }
    return patterns;
  }

  /** One version of the contract with what the comparison needs of each clause. */
  private static final class Version {

    final List<Clause> clauses;
    final List<String> numbers = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final boolean[] covered;
    private final Map<Integer, Set<String>> words = new HashMap<>();

    Version(List<Clause> clauses, List<Pattern> keywords) {
      this.clauses =
          clauses == null ? List.of() : clauses.stream().filter(Objects::nonNull).toList();
      this.covered = new boolean[this.clauses.size()];
      Map<String, String> headingByNumber = new HashMap<>();
      for (int index = 0; index < this.clauses.size(); index++) {
        Clause clause = this.clauses.get(index);
        String number = Objects.toString(clause.number(), "").strip();
        String heading = Objects.toString(clause.heading(), "");
        String text = Objects.toString(clause.text(), "");
        numbers.add(number);
        headings.add(normalise(heading));
        texts.add(normalise(CLAUSE_NUMBER_PREFIX.matcher(text).replaceFirst("")));
        covered[index] =
            mentions(keywords, typographic(heading))
                || mentions(keywords, EMPHASIS.matcher(typographic(text)).replaceAll(""))
                || enclosingHeadings(number, headingByNumber).stream()
                    .anyMatch(enclosing -> mentions(keywords, enclosing));
        if (!number.isEmpty()) {
          headingByNumber.put(number, typographic(heading));
        }
      }
    }

    int size() {
      return clauses.size();
    }

    Set<String> words(int index) {
      return words.computeIfAbsent(
          index,
          key ->
              WORD.matcher(texts.get(key))
                  .results()
                  .map(match -> match.group())
                  .collect(Collectors.toSet()));
    }
  }

  private static List<String> enclosingHeadings(
      String number, Map<String, String> headingByNumber) {
    List<String> enclosing = new ArrayList<>();
    for (int dot = number.lastIndexOf('.'); dot > 0; dot = number.lastIndexOf('.', dot - 1)) {
      String heading = headingByNumber.get(number.substring(0, dot));
      if (heading != null) {
        enclosing.add(heading);
      }
    }
    return enclosing;
  }

  private static boolean mentions(List<Pattern> keywords, String text) {
    return keywords.stream().anyMatch(keyword -> keyword.matcher(text).find());
  }

  /** For each clause of the new version, the index of its partner in the old version or -1. */
  private static int[] pair(Version old, Version current) {
    Pairing pairing = new Pairing(old, current);
    pairing.byKey((version, index) -> version.texts.get(index));
    pairing.byKey(
        (version, index) -> version.numbers.get(index) + "\n" + version.headings.get(index));
    pairing.byKey(
        (version, index) ->
            version.headings.get(index).isEmpty() ? null : version.headings.get(index));
    pairing.byWording();
    pairing.byKey((version, index) -> version.numbers.get(index));
    return pairing.partners;
  }

  /** What a pass pairs clauses by; null when a clause has nothing to pair by. */
  private interface PairingKey {
    String of(Version version, int index);
  }

  /** Pairs clauses of the old and new version in passes, each pass among the unpaired ones. */
  private static final class Pairing {

    final Version old;
    final Version current;
    final int[] partners;
    final boolean[] taken;

    Pairing(Version old, Version current) {
      this.old = old;
      this.current = current;
      this.partners = new int[current.size()];
      this.taken = new boolean[old.size()];
      Arrays.fill(partners, -1);
    }

    /** Pairs clauses with equal keys, preferring the same number, then the nearest position. */
    void byKey(PairingKey key) {
      Map<String, List<Integer>> unpairedByKey = new HashMap<>();
      for (int then = 0; then < old.size(); then++) {
        String value = key.of(old, then);
        if (!taken[then] && value != null) {
          unpairedByKey.computeIfAbsent(value, unused -> new ArrayList<>()).add(then);
        }
      }
      for (int now = 0; now < current.size(); now++) {
        String value = partners[now] < 0 ? key.of(current, now) : null;
        List<Integer> candidates = value == null ? null : unpairedByKey.get(value);
        if (candidates == null) {
          continue;
        }
        int best = -1;
        for (int then : candidates) {
          if (!taken[then] && (best < 0 || rank(now, then) < rank(now, best))) {
            best = then;
          }
        }
        link(now, best);
      }
    }

    /** Pairs a clause with the old clause sharing most of its words, when that is most of them. */
    void byWording() {
      Map<String, List<Integer>> unpairedByWord = new HashMap<>();
      for (int then = 0; then < old.size(); then++) {
        if (!taken[then]) {
          for (String word : old.words(then)) {
            unpairedByWord.computeIfAbsent(word, unused -> new ArrayList<>()).add(then);
          }
        }
      }
      int[] shared = new int[old.size()];
      for (int now = 0; now < current.size(); now++) {
        if (partners[now] >= 0) {
          continue;
        }
        Arrays.fill(shared, 0);
        Set<String> words = current.words(now);
        for (String word : words) {
          for (int then : unpairedByWord.getOrDefault(word, List.of())) {
            shared[then]++;
          }
        }
        int best = -1;
        double bestSimilarity = REWORDED_SIMILARITY;
        for (int then = 0; then < old.size(); then++) {
          if (taken[then] || shared[then] == 0) {
            continue;
          }
          double similarity = 2.0 * shared[then] / (words.size() + old.words(then).size());
          boolean better =
              similarity > bestSimilarity
                  || similarity == bestSimilarity
                      && (best < 0 || rank(now, then) < rank(now, best));
          if (better) {
            best = then;
            bestSimilarity = similarity;
          }
        }
        link(now, best);
      }
    }

    private long rank(int now, int then) {
      boolean sameNumber = current.numbers.get(now).equals(old.numbers.get(then));
      return (sameNumber ? 0L : 1L << 32) + Math.abs(now - then);
    }

    private void link(int now, int then) {
      if (then >= 0) {
        partners[now] = then;
        taken[then] = true;
      }
    }
  }

  private static String label(Clause clause) {
    String number = Objects.toString(clause.number(), "").strip();
    String heading = Objects.toString(clause.heading(), "").strip();
    if (number.isEmpty()) {
      return heading.isEmpty() ? "preamble" : heading;
    }
    return heading.isEmpty() ? number : number + " " + heading;
  }

  private static String normalise(String text) {
    String plain = EMPHASIS.matcher(typographic(text)).replaceAll("");
    return WHITESPACE.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Folds typographic variants (curly quotes, dashes, non-breaking spaces) to plain characters. */
  private static String typographic(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder plain = new StringBuilder(folded.length());
    for (int index = 0; index < folded.length(); index++) {
      char character = folded.charAt(index);
      plain.append(
          switch (character) {
            case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
            case '“', '”', '„', '‟', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> character;
          });
    }
    return plain.toString();
  }
}
