package dev.signoff.contract;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level difference of two texts as kept, inserted and deleted runs. Texts are split into
 * words (with the digits, apostrophes and hyphens inside them), single punctuation marks and runs
 * of whitespace; whitespace counts as equal however it is made up, so text wrapped onto other lines
 * compares as unchanged, and typographic variants (curly and straight quotes, dashes) compare as
 * equal. {@link RedlineTidying} then makes the runs read well.
 *
 * <p>The work is bounded by a {@link Budget} of word comparisons shared by a whole comparison of
 * two contract versions: once it is spent, the rest of a clause between its common beginning and
 * end counts as one deletion and one insertion, so two long, unrelated texts cannot keep the server
 * busy.
 */
final class WordDiff {

  private static final Pattern TOKEN =
      Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['’\\-‐‑.,/][\\p{L}\\p{N}]+)*|.", Pattern.DOTALL);

  /** Word comparisons a whole comparison may spend: about half a second of work. */
  static final long DEFAULT_BUDGET = 50_000_000L;

  private WordDiff() {}

  /** Word comparisons left to spend; shared by the clauses of one comparison, not thread-safe. */
  static final class Budget {

    private long left;

    Budget(long comparisons) {
      this.left = comparisons;
    }

    boolean spent() {
      return left <= 0;
    }

    private boolean equal(Integer first, Integer second) {
      if (--left < 0) {
        throw new BudgetSpent();
      }
      return first.intValue() == second.intValue();
    }
  }

  private static final class BudgetSpent extends RuntimeException {
    BudgetSpent() {
      super(null, null, false, false);
    }
  }

  static List<DiffSegment> between(String oldText, String newText, Budget budget) {
    List<String> oldTokens = tokens(oldText);
    List<String> newTokens = tokens(newText);
    List<RedlinePiece> pieces;
    try {
      pieces = budget.spent() ? coarse(oldTokens, newTokens) : pieces(oldTokens, newTokens, budget);
    } catch (BudgetSpent spent) {
      pieces = coarse(oldTokens, newTokens);
    }
    return RedlineTidying.segments(pieces);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }

  private static String key(String token) {
    return token.isBlank() ? " " : ClausePairing.typographic(token);
  }

  private static List<RedlinePiece> pieces(
      List<String> oldTokens, List<String> newTokens, Budget budget) {
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> oldKeys = keys(oldTokens, ids);
    List<Integer> newKeys = keys(newTokens, ids);
    List<AbstractDelta<Integer>> deltas =
        DiffUtils.diff(
                oldKeys, newKeys, new MyersDiffWithLinearSpace<Integer>(budget::equal), null, false)
            .getDeltas();
    List<RedlinePiece> pieces = new ArrayList<>();
    int oldAt = 0;
    int newAt = 0;
    for (AbstractDelta<Integer> delta : deltas) {
      int oldStart = delta.getSource().getPosition();
      int newStart = delta.getTarget().getPosition();
      if (oldStart > oldAt || newStart > newAt) {
        pieces.add(
            new RedlinePiece(
                true, join(oldTokens, oldAt, oldStart), join(newTokens, newAt, newStart)));
      }
      oldAt = oldStart + delta.getSource().size();
      newAt = newStart + delta.getTarget().size();
      RedlinePiece change =
          new RedlinePiece(
              false, join(oldTokens, oldStart, oldAt), join(newTokens, newStart, newAt));
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last).change()) {
        // An insertion right after a deletion (or the other way round) is one replacement.
        RedlinePiece previous = pieces.remove(last);
        change =
            new RedlinePiece(
                false,
                previous.oldText() + change.oldText(),
                previous.newText() + change.newText());
      }
      pieces.add(change);
    }
    if (oldAt < oldTokens.size() || newAt < newTokens.size()) {
      pieces.add(
          new RedlinePiece(
              true,
              join(oldTokens, oldAt, oldTokens.size()),
              join(newTokens, newAt, newTokens.size())));
    }
    return pieces;
  }

  /** Each token's comparison key as a number, the same number for the same key. */
  private static List<Integer> keys(List<String> tokens, Map<String, Integer> ids) {
    List<Integer> keys = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      keys.add(ids.computeIfAbsent(key(token), unused -> ids.size()));
    }
    return keys;
  }

  /** The common beginning and end kept, everything between them one deletion and one insertion. */
  private static List<RedlinePiece> coarse(List<String> oldTokens, List<String> newTokens) {
    int prefix = 0;
    int shorter = Math.min(oldTokens.size(), newTokens.size());
    while (prefix < shorter && key(oldTokens.get(prefix)).equals(key(newTokens.get(prefix)))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shorter - prefix
        && key(oldTokens.get(oldTokens.size() - 1 - suffix))
            .equals(key(newTokens.get(newTokens.size() - 1 - suffix)))) {
      suffix++;
    }
    int oldEnd = oldTokens.size() - suffix;
    int newEnd = newTokens.size() - suffix;
    List<RedlinePiece> pieces = new ArrayList<>();
    if (prefix > 0) {
      pieces.add(new RedlinePiece(true, join(oldTokens, 0, prefix), join(newTokens, 0, prefix)));
    }
    if (prefix < oldEnd || prefix < newEnd) {
      pieces.add(
          new RedlinePiece(
              false, join(oldTokens, prefix, oldEnd), join(newTokens, prefix, newEnd)));
    }
    if (suffix > 0) {
      pieces.add(
          new RedlinePiece(
              true,
              join(oldTokens, oldEnd, oldTokens.size()),
              join(newTokens, newEnd, newTokens.size())));
    }
    return pieces;
  }

  private static String join(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }
}
