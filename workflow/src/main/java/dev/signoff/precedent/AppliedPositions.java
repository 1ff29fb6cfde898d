package dev.signoff.precedent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * How far this node has followed the change log.
 *
 * <p>Positions come from a database sequence: they increase, but transactions commit them in any
 * order. A transaction holding position 10 may commit after one holding 11, and a rolled-back one
 * leaves 10 unused for good. So the durable mark is the <em>contiguous</em> position: every change
 * up to it has been applied. Changes read beyond a gap are applied at once (upserts and deletes by
 * deal id are idempotent and read the deal from the database) and remembered here, and the log is
 * read again from the contiguous position, so a late commit into the gap is still found. A gap
 * older than the gap timeout (measured by the change recorded right after it) is taken to be a
 * rolled-back transaction and skipped. After a restart the changes beyond the contiguous position
 * are simply applied again.
 *
 * <p>Not thread-safe; the indexer's single thread owns it.
 */
final class AppliedPositions {

  private final NavigableSet<Long> appliedBeyond = new TreeSet<>();
  private long contiguous;

  AppliedPositions(long contiguous) {
    this.contiguous = contiguous;
  }

  /** Every change up to this position has been applied. */
  long contiguous() {
    return contiguous;
  }

  boolean isApplied(long position) {
    return position <= contiguous || appliedBeyond.contains(position);
  }

  void applied(long position) {
    if (position > contiguous) {
      appliedBeyond.add(position);
    }
  }

  /**
   * Moves the contiguous position over the applied changes that follow it, and over gaps before a
   * change recorded longer than {@code gapTimeout} before {@code now}.
   *
   * @param changes changes after the contiguous position, in position order
   * @return whether the contiguous position moved
   */
  boolean advance(List<PrecedentChange> changes, Instant now, Duration gapTimeout) {
    long before = contiguous;
    for (PrecedentChange change : changes) {
      long position = change.position();
      if (position <= contiguous) {
        continue;
      }
      boolean gap = position > contiguous + 1;
      if (!isApplied(position) || (gap && change.recordedAt().isAfter(now.minus(gapTimeout)))) {
        break;
      }
      contiguous = position;
    }
    appliedBeyond.headSet(contiguous, true).clear();
    return contiguous != before;
  }
}
