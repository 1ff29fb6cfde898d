package dev.signoff.comment;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where anchors of one contract version sit in a newer version.
 *
 * <p>A range anchor moves to its quoted text in the new version: an exact match first, else a match
 * that ignores how whitespace and line breaks fall (text from PDF and Word files wraps differently
 * from version to version). When the text occurs more than once, the occurrence whose surrounding
 * text best matches the old context wins, then the one nearest the old relative position. A quote
 * that occurred more than once already in the old version only moves to an occurrence whose
 * surroundings match its own context better than its other old occurrences did, so a thread whose
 * own passage was deleted does not jump to a look-alike elsewhere.
 *
 * <p>A clause anchor follows its clause as the contract comparison pairs clauses (same text, then
 * number and heading, heading, wording, number), so a clause that moved, was renumbered or reworded
 * keeps its threads.
 *
 * <p>An anchor whose text or clause is gone has no place in the new version: its thread becomes
 * outdated. Pure: no database, no clock.
 */
final class Reanchoring {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final String oldText;
  private final List<Clause> oldClauses;
  private final String newText;
  private final List<Clause> newClauses;
  private final int newVersion;
  private int[] partners;

  Reanchoring(
      String oldText,
      List<Clause> oldClauses,
      String newText,
      List<Clause> newClauses,
      int newVersion) {
    this.oldText = oldText;
    this.oldClauses = oldClauses;
    this.newText = newText;
    this.newClauses = newClauses;
    this.newVersion = newVersion;
  }

  /** Where the anchor sits in the new version, or empty when its text or clause is gone. */
  Optional<Anchor> relocate(Anchor anchor) {
    return switch (anchor.kind()) {
      case DEAL -> Optional.of(anchor);
      case CLAUSE -> relocateClause(anchor);
      case RANGE -> relocateRange(anchor);
    };
  }

  private Optional<Anchor> relocateClause(Anchor anchor) {
    int old = oldClauseOf(anchor);
    if (old < 0) {
      return Optional.empty();
    }
    if (partners == null) {
      partners = ClauseChanges.partners(oldClauses, newClauses);
    }
    for (int now = 0; now < partners.length; now++) {
      if (partners[now] == old) {
        return Optional.of(Anchor.clause(newVersion, newText, newClauses.get(now)));
      }
    }
    return Optional.empty();
  }

  private int oldClauseOf(Anchor anchor) {
    for (int index = 0; index < oldClauses.size(); index++) {
      if (anchor.start() != null && oldClauses.get(index).start() == anchor.start()) {
        return index;
      }
    }
    for (int index = 0; index < oldClauses.size(); index++) {
      if (Anchor.ClauseAt.of(oldClauses.get(index)).label().equals(anchor.clauseLabel())) {
        return index;
      }
    }
    return -1;
  }

  private Optional<Anchor> relocateRange(Anchor anchor) {
    String quote = anchor.quote();
    if (quote == null || quote.isBlank()) {
      return Optional.empty();
    }
    List<int[]> candidates = occurrences(newText, quote);
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    int[] best = null;
    int bestContext = -1;
    double bestDistance = Double.MAX_VALUE;
    double oldPosition = relative(anchor.start(), oldText.length());
    for (int[] candidate : candidates) {
      int context = contextShared(anchor, newText, candidate);
      double distance = Math.abs(relative(candidate[0], newText.length()) - oldPosition);
      if (context > bestContext || context == bestContext && distance < bestDistance) {
        best = candidate;
        bestContext = context;
        bestDistance = distance;
      }
    }
    if (bestContext <= contextOfOtherOccurrences(anchor)) {
      return Optional.empty();
    }
    return Optional.of(
        Anchor.range(
            AnchorKind.RANGE,
            newVersion,
            newText,
            best[0],
            best[1],
            Anchor.ClauseAt.containing(newClauses, best[0])));
  }

  /** Where the quote occurs: exactly, else with any whitespace between its words. */
  static List<int[]> occurrences(String text, String quote) {
    List<int[]> found = new ArrayList<>();
    for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
      found.add(new int[] {at, at + quote.length()});
    }
    if (!found.isEmpty()) {
      return found;
    }
    String[] words = WHITESPACE.split(quote.strip());
    Pattern flexible =
        Pattern.compile(
            java.util.Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+")));
    Matcher matcher = flexible.matcher(text);
    while (matcher.find()) {
      found.add(new int[] {matcher.start(), matcher.end()});
    }
    return found;
  }

  /**
   * How much of the anchor's context the other occurrences of its quote in the old version share by
   * chance (-1 when the quote occurred once): a new occurrence must share more to count as the
   * anchored one rather than another.
   */
  private int contextOfOtherOccurrences(Anchor anchor) {
    int most = -1;
    for (int[] occurrence : occurrences(oldText, anchor.quote())) {
      if (anchor.start() == null || occurrence[0] != anchor.start()) {
        most = Math.max(most, contextShared(anchor, oldText, occurrence));
      }
    }
    return most;
  }

  /**
   * How many characters of the anchor's context surround the candidate, ignoring whitespace runs.
   */
  private static int contextShared(Anchor anchor, String text, int[] candidate) {
    String before = squeeze(anchor.contextBefore());
    String after = squeeze(anchor.contextAfter());
    String newBefore =
        squeeze(text.substring(Math.max(0, candidate[0] - 2 * Anchor.CONTEXT), candidate[0]));
    String newAfter =
        squeeze(
            text.substring(
                candidate[1], Math.min(text.length(), candidate[1] + 2 * Anchor.CONTEXT)));
    int shared = 0;
    while (shared < before.length()
        && shared < newBefore.length()
        && before.charAt(before.length() - 1 - shared)
            == newBefore.charAt(newBefore.length() - 1 - shared)) {
      shared++;
    }
    int sharedAfter = 0;
    while (sharedAfter < after.length()
        && sharedAfter < newAfter.length()
        && after.charAt(sharedAfter) == newAfter.charAt(sharedAfter)) {
      sharedAfter++;
    }
    return shared + sharedAfter;
  }

  private static String squeeze(String text) {
    return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ");
  }

  private static double relative(Integer offset, int length) {
    return offset == null || length == 0 ? 0 : (double) offset / length;
  }
}
