package dev.signoff.inbox;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets this node's changes to one deal wait for each other in memory before their transactions
 * begin.
 *
 * <p>Every transaction that changes a deal locks the deal's audit chain in the database first (see
 * {@link OpenTasks#openForChange}), so changes to one deal already follow each other. But a
 * transaction that waits for that lock holds a database connection while it waits: when a whole
 * group reaches for the same task at once, the waiters hold most of the pool and every other
 * request, on any deal, waits for a connection. Waiting here holds nothing, and a claim that finds
 * the task taken once its turn comes is refused without a transaction at all.
 *
 * <p>The database lock still orders changes across nodes and against the engine's own jobs; this
 * queue only keeps one node's waiting out of the pool. Deals share {@link #STRIPES} fair locks by
 * hash (two deals on one stripe merely take turns), and a change that cannot get its turn within
 * the wait goes ahead without it, to wait for the database lock as before.
 */
@Component
class DealQueue {

  private static final Logger log = LoggerFactory.getLogger(DealQueue.class);

  static final int STRIPES = 1024;

  /** Longer than any change to one deal takes, well short of a client's patience. */
  static final Duration WAIT = Duration.ofSeconds(10);

  private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];
  private final Duration wait;

  DealQueue() {
    this(WAIT);
  }

  DealQueue(Duration wait) {
    this.wait = wait;
    for (int i = 0; i < STRIPES; i++) {
      // Fair: the first to ask is the first served, so no change waits behind a stream of others.
      stripes[i] = new ReentrantLock(true);
    }
  }

  /**
   * Runs the work once earlier changes to the deal on this node have ended (or the wait ran out).
   */
  <T> T inTurn(UUID dealId, Supplier<T> work) {
    ReentrantLock stripe = stripes[Math.floorMod(dealId.hashCode(), STRIPES)];
    boolean turn;
    try {
      turn = stripe.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      // Interrupted while waiting its turn: the database lock still orders the change.
      Thread.currentThread().interrupt();
      return work.get();
    }
    if (!turn) {
      log.warn("A change to deal {} waited {} for its turn; going ahead", dealId, wait);
      return work.get();
    }
    try {
      return work.get();
    } finally {
      stripe.unlock();
    }
  }

  /** Whether a change to the deal holds its turn on this node (for tests). */
  boolean isBusy(UUID dealId) {
    return stripes[Math.floorMod(dealId.hashCode(), STRIPES)].isLocked();
  }
}
