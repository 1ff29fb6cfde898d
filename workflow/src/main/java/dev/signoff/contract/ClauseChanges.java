package dev.signoff.contract;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

  private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
    ClausePairing.Side old = new ClausePairing.Side(before);
    ClausePairing.Side current = new ClausePairing.Side(after);
    boolean[] oldCovered = covered(old, patterns);
    boolean[] currentCovered = covered(current, patterns);
    int[] partners = ClausePairing.partners(old, current);
    boolean[] paired = new boolean[old.size()];
    Set<String> changed = new LinkedHashSet<>();
    for (int index = 0; index < current.size(); index++) {
      int partner = partners[index];
      if (partner < 0) {
        if (currentCovered[index]) {
          changed.add(ClausePairing.label(current.clauses.get(index)));
        }
        continue;
      }
      paired[partner] = true;
      boolean covered = currentCovered[index] || oldCovered[partner];
      if (covered && !current.texts.get(index).equals(old.texts.get(partner))) {
        changed.add(ClausePairing.label(current.clauses.get(index)));
      }
    }
    for (int index = 0; index < old.size(); index++) {
      if (!paired[index] && oldCovered[index]) {
        changed.add(ClausePairing.label(old.clauses.get(index)));
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
    return ClausePairing.partners(new ClausePairing.Side(before), new ClausePairing.Side(after));
  }

  private static List<Pattern> keywordPatterns(Collection<String> keywords) {
    if (keywords == null) {
      return List.of();
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String keyword : keywords) {
      String normalised = keyword == null ? "" : ClausePairing.typographic(keyword).strip();
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

  /** Which clauses of a version the keywords cover, also through the clause they are nested in. */
  private static boolean[] covered(ClausePairing.Side side, List<Pattern> keywords) {
    boolean[] covered = new boolean[side.size()];
    Map<String, String> headingByNumber = new HashMap<>();
    for (int index = 0; index < side.size(); index++) {
      Clause clause = side.clauses.get(index);
      String number = side.numbers.get(index);
      String heading = ClausePairing.typographic(Objects.toString(clause.heading(), ""));
      String text = ClausePairing.typographic(Objects.toString(clause.text(), ""));
      covered[index] =
          mentions(keywords, heading)
              || mentions(keywords, EMPHASIS.matcher(text).replaceAll(""))
              || enclosingHeadings(number, headingByNumber).stream()
                  .anyMatch(enclosing -> mentions(keywords, enclosing));
      if (!number.isEmpty()) {
        headingByNumber.put(number, heading);
      }
    }
    return covered;
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
}
