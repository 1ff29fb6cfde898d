package dev.signoff.contract;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import com.github.difflib.patch.AbstractDelta;
import dev.signoff.contract.DiffSegment.Kind;
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
 * equal. Short kept runs squeezed between changes are folded into them, so a rewritten phrase reads
 * as one deletion and one insertion rather than a comb of single words.
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
    List<Piece> pieces;
    try {
      pieces = budget.spent() ? coarse(oldTokens, newTokens) : pieces(oldTokens, newTokens, budget);
    } catch (BudgetSpent spent) {
      pieces = coarse(oldTokens, newTokens);
    }
    return segments(wordAligned(foldShortEquals(pieces)));
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

  /**
   * A run of the redline: kept text (as it reads in both versions) or a change (what was deleted,
   * what was inserted; either may be empty).
   */
  private record Piece(boolean equal, String oldText, String newText) {

    boolean change() {
      return !equal;
    }
  }

  private static List<Piece> pieces(List<String> oldTokens, List<String> newTokens, Budget budget) {
    Map<String, Integer> ids = new HashMap<>();
    List<Integer> oldKeys = keys(oldTokens, ids);
    List<Integer> newKeys = keys(newTokens, ids);
    List<AbstractDelta<Integer>> deltas =
        DiffUtils.diff(
                oldKeys, newKeys, new MyersDiffWithLinearSpace<Integer>(budget::equal), null, false)
            .getDeltas();
    List<Piece> pieces = new ArrayList<>();
    int oldAt = 0;
    int newAt = 0;
    for (AbstractDelta<Integer> delta : deltas) {
      int oldStart = delta.getSource().getPosition();
      int newStart = delta.getTarget().getPosition();
      if (oldStart > oldAt || newStart > newAt) {
        pieces.add(
            new Piece(true, join(oldTokens, oldAt, oldStart), join(newTokens, newAt, newStart)));
      }
      oldAt = oldStart + delta.getSource().size();
      newAt = newStart + delta.getTarget().size();
      Piece change =
          new Piece(false, join(oldTokens, oldStart, oldAt), join(newTokens, newStart, newAt));
      int last = pieces.size() - 1;
      if (last >= 0 && pieces.get(last).change()) {
        // An insertion right after a deletion (or the other way round) is one replacement.
        Piece previous = pieces.remove(last);
        change =
            new Piece(
                false,
                previous.oldText() + change.oldText(),
                previous.newText() + change.newText());
      }
      pieces.add(change);
    }
    if (oldAt < oldTokens.size() || newAt < newTokens.size()) {
      pieces.add(
          new Piece(
              true,
              join(oldTokens, oldAt, oldTokens.size()),
              join(newTokens, newAt, newTokens.size())));
    }
    return pieces;
  }

  /**
   * Keeps whitespace out of the edges of changes where it can: a replacement hands the whitespace
   * both its sides start or end with to the kept text around it, and a pure insertion or deletion
   * that starts with whitespace ends with it instead when the kept text after it starts with
   * whitespace too, so "limited to[ twice] the" reads "limited to [twice ]the".
   */
  private static List<Piece> wordAligned(List<Piece> pieces) {
    List<Piece> aligned = new ArrayList<>();
    aligned.add(new Piece(true, "", ""));
    for (Piece piece : pieces) {
      if (piece.change() && aligned.get(aligned.size() - 1).change()) {
        aligned.add(new Piece(true, "", ""));
      }
      aligned.add(piece);
    }
    aligned.add(new Piece(true, "", ""));
    for (int index = 1; index + 1 < aligned.size(); index++) {
      Piece change = aligned.get(index);
      if (change.change()) {
        align(aligned, index);
      }
    }
    return aligned;
  }

  private static void align(List<Piece> pieces, int index) {
    Piece before = pieces.get(index - 1);
    Piece change = pieces.get(index);
    Piece after = pieces.get(index + 1);
    String oldText = change.oldText();
    String newText = change.newText();
    if (!oldText.isEmpty() && !newText.isEmpty()) {
      int oldLead = leadingWhitespace(oldText);
      int newLead = leadingWhitespace(newText);
      int oldTrail = trailingWhitespace(oldText);
      int newTrail = trailingWhitespace(newText);
      if (oldLead == 0 || newLead == 0 || oldLead == oldText.length()) {
        oldLead = 0;
        newLead = 0;
      }
      if (oldTrail == 0 || newTrail == 0 || oldLead + oldTrail >= oldText.length()) {
        oldTrail = 0;
        newTrail = 0;
      }
      pieces.set(
          index - 1,
          new Piece(
              true,
              before.oldText() + oldText.substring(0, oldLead),
              before.newText() + newText.substring(0, newLead)));
      pieces.set(
          index,
          new Piece(
              false,
              oldText.substring(oldLead, oldText.length() - oldTrail),
              newText.substring(newLead, newText.length() - newTrail)));
      pieces.set(
          index + 1,
          new Piece(
              true,
              oldText.substring(oldText.length() - oldTrail) + after.oldText(),
              newText.substring(newText.length() - newTrail) + after.newText()));
      return;
    }
    boolean insertion = oldText.isEmpty();
    String text = insertion ? newText : oldText;
    int lead = leadingWhitespace(text);
    int oldAfter = leadingWhitespace(after.oldText());
    int newAfter = leadingWhitespace(after.newText());
    if (lead == 0 || lead == text.length() || oldAfter == 0 || newAfter == 0) {
      return;
    }
    String moved = text.substring(lead);
    pieces.set(
        index - 1,
        new Piece(
            true,
            before.oldText()
                + (insertion ? after.oldText().substring(0, oldAfter) : text.substring(0, lead)),
            before.newText()
                + (insertion ? text.substring(0, lead) : after.newText().substring(0, newAfter))));
    pieces.set(
        index,
        insertion
            ? new Piece(false, "", moved + after.newText().substring(0, newAfter))
            : new Piece(false, moved + after.oldText().substring(0, oldAfter), ""));
    pieces.set(
        index + 1,
        new Piece(true, after.oldText().substring(oldAfter), after.newText().substring(newAfter)));
  }

  private static int trailingWhitespace(String text) {
    int index = text.length();
    while (index > 0 && Character.isWhitespace(text.charAt(index - 1))) {
      index--;
    }
    return text.length() - index;
  }

  private static int leadingWhitespace(String text) {
    int index = 0;
    while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
      index++;
    }
    return index;
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
  private static List<Piece> coarse(List<String> oldTokens, List<String> newTokens) {
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
    List<Piece> pieces = new ArrayList<>();
    if (prefix > 0) {
      pieces.add(new Piece(true, join(oldTokens, 0, prefix), join(newTokens, 0, prefix)));
    }
    if (prefix < oldEnd || prefix < newEnd) {
      pieces.add(
          new Piece(false, join(oldTokens, prefix, oldEnd), join(newTokens, prefix, newEnd)));
    }
    if (suffix > 0) {
      pieces.add(
          new Piece(
              true,
              join(oldTokens, oldEnd, oldTokens.size()),
              join(newTokens, newEnd, newTokens.size())));
    }
    return pieces;
  }

  private static String join(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }

  /**
   * Folds a kept run between two changes into them when it is whitespace or no longer than the
   * changes on either side, until no such run is left.
   */
  private static List<Piece> foldShortEquals(List<Piece> pieces) {
    List<Piece> folded = new ArrayList<>(pieces);
    int index = 1;
    while (index + 1 < folded.size()) {
      Piece before = folded.get(index - 1);
      Piece kept = folded.get(index);
      Piece after = folded.get(index + 1);
      int length = kept.newText().strip().length();
      boolean squeezed =
          kept.equal()
              && before.change()
              && after.change()
              && (length == 0 || length <= size(before) && length <= size(after));
      if (!squeezed) {
        index++;
        continue;
      }
      Piece merged =
          new Piece(
              false,
              before.oldText() + kept.oldText() + after.oldText(),
              before.newText() + kept.newText() + after.newText());
      folded.subList(index - 1, index + 2).clear();
      folded.add(index - 1, merged);
      // The merged change is larger, so the kept run before it may now be squeezed too.
      index = Math.max(1, index - 2);
    }
    return folded;
  }

  private static int size(Piece change) {
    return Math.max(change.oldText().strip().length(), change.newText().strip().length());
  }

  private static List<DiffSegment> segments(List<Piece> pieces) {
    List<DiffSegment> segments = new ArrayList<>();
    for (Piece piece : pieces) {
      if (piece.equal()) {
        add(segments, Kind.EQUAL, piece.newText());
      } else {
        add(segments, Kind.DELETED, piece.oldText());
        add(segments, Kind.INSERTED, piece.newText());
      }
    }
    return segments;
  }

  private static void add(List<DiffSegment> segments, Kind kind, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new DiffSegment(kind, segments.get(last).text() + text));
    } else {
      segments.add(new DiffSegment(kind, text));
    }
  }
}
