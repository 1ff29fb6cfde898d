package dev.signoff.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Compares two versions of a contract as a redline: clause by clause, word by word inside each
 * clause, with moved and renumbered clauses recognised.
 */
public final class ContractComparison {

  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s.:)\\-–—]+");
  private static final Pattern MARKDOWN_HEADING_MARKER = Pattern.compile("^\\s*#{1,6}[ \\t]+");

  private ContractComparison() {}

  /**
   * The redline of two versions of a contract's text, each split into clauses as {@link
   * ClauseSegmenter#segment(String)} does.
   *
   * @param oldText the earlier version's text (null or blank for none)
   * @param newText the later version's text (null or blank for none)
   */
  public static ContractDiff compare(String oldText, String newText) {
    return compare(ClauseSegmenter.segment(oldText), ClauseSegmenter.segment(newText));
  }

  /**
   * The redline of two versions of a contract already split into clauses.
   *
   * <p>Clauses are paired as {@link ClauseChanges} pairs them (identical wording first, so a clause
   * that was only renumbered keeps its partner). A paired clause is <em>renumbered</em> when its
   * number differs, and <em>moved</em> when it left the longest run of paired clauses that kept
   * their relative order: a clause inserted before others renumbers them but moves none. Where
   * several runs are equally long, the one with more text stays in place. Inside a clause, the text
   * after its number is compared word by word.
   *
   * @return every clause of the new version in its order; each removed clause right after the
   *     clause that preceded it in the old version (and stayed in place), before anything added
   *     there
   */
  public static ContractDiff compare(List<Clause> before, List<Clause> after) {
    ClausePairing.Side old = new ClausePairing.Side(before);
    ClausePairing.Side current = new ClausePairing.Side(after);
    int[] partners = ClausePairing.partners(old, current);
    boolean[] moved = ClauseMoves.moved(partners, old.clauses);
    boolean[] paired = new boolean[old.size()];
    for (int partner : partners) {
      if (partner >= 0) {
        paired[partner] = true;
      }
    }
    WordDiff.Budget budget = new WordDiff.Budget(WordDiff.DEFAULT_BUDGET);
    List<ClauseDiff> clauses = new ArrayList<>();
    addRemoved(clauses, old, paired, 0, firstAnchorAfter(partners, moved, -1));
    for (int index = 0; index < current.size(); index++) {
      Clause clause = current.clauses.get(index);
      int partner = partners[index];
      if (partner < 0) {
        clauses.add(added(clause));
        continue;
      }
      clauses.add(paired(old.clauses.get(partner), clause, moved[index], budget));
      if (!moved[index]) {
        addRemoved(clauses, old, paired, partner + 1, firstAnchorAfter(partners, moved, index));
      }
    }
    return new ContractDiff(summary(clauses), clauses);
  }

  /** The old index of the next clause after {@code index} that stayed in place, or the end. */
  private static int firstAnchorAfter(int[] partners, boolean[] moved, int index) {
    for (int next = index + 1; next < partners.length; next++) {
      if (partners[next] >= 0 && !moved[next]) {
        return partners[next];
      }
    }
    return Integer.MAX_VALUE;
  }

  /** Adds the removed clauses among the old version's clauses {@code from} up to {@code to}. */
  private static void addRemoved(
      List<ClauseDiff> clauses, ClausePairing.Side old, boolean[] paired, int from, int to) {
    for (int index = from; index < Math.min(to, old.size()); index++) {
      if (!paired[index]) {
        clauses.add(removed(old.clauses.get(index)));
      }
    }
  }

  private static ClauseDiff paired(
      Clause before, Clause after, boolean moved, WordDiff.Budget budget) {
    List<DiffSegment> segments = WordDiff.between(body(before), body(after), budget);
    boolean changed =
        segments.stream().anyMatch(segment -> segment.kind() != DiffSegment.Kind.EQUAL);
    boolean renumbered = !number(before).equals(number(after));
    ClauseStatus status =
        moved
            ? ClauseStatus.MOVED
            : changed
                ? ClauseStatus.CHANGED
                : renumbered ? ClauseStatus.RENUMBERED : ClauseStatus.UNCHANGED;
    return new ClauseDiff(
        status,
        changed,
        moved,
        renumbered,
        number(before),
        heading(before),
        ClausePairing.label(before),
        number(after),
        heading(after),
        ClausePairing.label(after),
        segments);
  }

  private static ClauseDiff added(Clause clause) {
    return new ClauseDiff(
        ClauseStatus.ADDED,
        false,
        false,
        false,
        null,
        null,
        null,
        number(clause),
        heading(clause),
        ClausePairing.label(clause),
        List.of(new DiffSegment(DiffSegment.Kind.INSERTED, body(clause))));
  }

  private static ClauseDiff removed(Clause clause) {
    return new ClauseDiff(
        ClauseStatus.REMOVED,
        false,
        false,
        false,
        number(clause),
        heading(clause),
        ClausePairing.label(clause),
        null,
        null,
        null,
        List.of(new DiffSegment(DiffSegment.Kind.DELETED, body(clause))));
  }

  /**
   * The clause text after its number and the Markdown heading marker before it; the text of an
   * unnumbered clause without a leading heading marker.
   */
  static String body(Clause clause) {
    String text = Objects.toString(clause.text(), "");
    if (number(clause).isEmpty()) {
      return MARKDOWN_HEADING_MARKER.matcher(text).replaceFirst("");
    }
    String afterNumber = ClausePairing.CLAUSE_NUMBER_PREFIX.matcher(text).replaceFirst("");
    return LEADING_SEPARATORS.matcher(afterNumber).replaceFirst("");
  }

  private static String number(Clause clause) {
    return Objects.toString(clause.number(), "").strip();
  }

  private static String heading(Clause clause) {
    return Objects.toString(clause.heading(), "").strip();
  }

  private static DiffSummary summary(List<ClauseDiff> clauses) {
    int unchanged = 0;
    int changed = 0;
    int added = 0;
    int removed = 0;
    int moved = 0;
    int renumbered = 0;
    for (ClauseDiff clause : clauses) {
      unchanged += clause.status() == ClauseStatus.UNCHANGED ? 1 : 0;
      changed += clause.changed() ? 1 : 0;
      added += clause.status() == ClauseStatus.ADDED ? 1 : 0;
      removed += clause.status() == ClauseStatus.REMOVED ? 1 : 0;
      moved += clause.moved() ? 1 : 0;
      renumbered += clause.renumbered() ? 1 : 0;
    }
    return new DiffSummary(unchanged, changed, added, removed, moved, renumbered);
  }
}
