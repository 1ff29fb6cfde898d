package dev.signoff.contract;

import dev.signoff.contract.DiffSegment.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the runs of a word-level difference read as a person would mark up a text: a short kept run
 * squeezed between two changes is folded into them, so a rewritten phrase reads as one deletion and
 * one insertion rather than a comb of single words, and whitespace is kept out of the edges of
 * changes.
 */
final class RedlineTidying {

  private RedlineTidying() {}

  /** The tidied runs as segments, deletions before the insertions that replace them. */
  static List<DiffSegment> segments(List<RedlinePiece> pieces) {
    return asSegments(wordAligned(foldShortEquals(pieces)));
  }

  /**
   * Folds a kept run between two changes into them when it is whitespace or no longer than the
   * changes on either side, until no such run is left.
   */
  private static List<RedlinePiece> foldShortEquals(List<RedlinePiece> pieces) {
    List<RedlinePiece> folded = new ArrayList<>(pieces);
    int index = 1;
    while (index + 1 < folded.size()) {
      RedlinePiece before = folded.get(index - 1);
      RedlinePiece kept = folded.get(index);
      RedlinePiece after = folded.get(index + 1);
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
      RedlinePiece merged =
          new RedlinePiece(
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

  /**
   * Keeps whitespace out of the edges of changes where it can: a replacement hands the whitespace
   * both its sides start or end with to the kept text around it, and a pure insertion or deletion
   * that starts with whitespace ends with it instead when the kept text after it starts with
   * whitespace too, so "limited to[ twice] the" reads "limited to [twice ]the".
   */
  private static List<RedlinePiece> wordAligned(List<RedlinePiece> pieces) {
    List<RedlinePiece> aligned = new ArrayList<>();
    aligned.add(new RedlinePiece(true, "", ""));
    for (RedlinePiece piece : pieces) {
      if (piece.change() && aligned.get(aligned.size() - 1).change()) {
        aligned.add(new RedlinePiece(true, "", ""));
      }
      aligned.add(piece);
    }
    aligned.add(new RedlinePiece(true, "", ""));
    for (int index = 1; index + 1 < aligned.size(); index++) {
      RedlinePiece change = aligned.get(index);
      if (change.change()) {
        align(aligned, index);
      }
    }
    return aligned;
  }

  private static void align(List<RedlinePiece> pieces, int index) {
    RedlinePiece before = pieces.get(index - 1);
    RedlinePiece change = pieces.get(index);
    RedlinePiece after = pieces.get(index + 1);
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
          new RedlinePiece(
              true,
              before.oldText() + oldText.substring(0, oldLead),
              before.newText() + newText.substring(0, newLead)));
      pieces.set(
          index,
          new RedlinePiece(
              false,
              oldText.substring(oldLead, oldText.length() - oldTrail),
              newText.substring(newLead, newText.length() - newTrail)));
      pieces.set(
          index + 1,
          new RedlinePiece(
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
        new RedlinePiece(
            true,
            before.oldText()
                + (insertion ? after.oldText().substring(0, oldAfter) : text.substring(0, lead)),
            before.newText()
                + (insertion ? text.substring(0, lead) : after.newText().substring(0, newAfter))));
    pieces.set(
        index,
        insertion
            ? new RedlinePiece(false, "", moved + after.newText().substring(0, newAfter))
            : new RedlinePiece(false, moved + after.oldText().substring(0, oldAfter), ""));
    pieces.set(
        index + 1,
        new RedlinePiece(
            true, after.oldText().substring(oldAfter), after.newText().substring(newAfter)));
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

  private static int size(RedlinePiece change) {
    return Math.max(change.oldText().strip().length(), change.newText().strip().length());
  }

  private static List<DiffSegment> asSegments(List<RedlinePiece> pieces) {
    List<DiffSegment> segments = new ArrayList<>();
    for (RedlinePiece piece : pieces) {
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
