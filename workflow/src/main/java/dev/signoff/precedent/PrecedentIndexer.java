package dev.signoff.precedent;

import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.PrecedentSource;
import dev.signoff.search.PrecedentDocument;
import dev.signoff.search.PrecedentIndex;
import dev.signoff.search.PrecedentIndexes;
import dev.signoff.search.PrecedentWrites;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Applies the change log to this node's precedent index, in position order, from the position
 * stored in the index's last commit. Polls the log on a schedule (changes made by other nodes, and
 * catching up after a restart or a crash) and is woken at once after a local change commits. All
 * index writes happen on the indexer's single thread.
 */
@Component
class PrecedentIndexer {

  private static final Logger log = LoggerFactory.getLogger(PrecedentIndexer.class);

  /** A catch-up applying this many changes or more is logged with its duration. */
  private static final int LOG_CATCH_UP_FROM = 50;

  private final DealLifecycle deals;
  private final PrecedentIndexes index;
  private final PrecedentDocuments documents;
  private final PrecedentChangeLog changes;
  private final PrecedentProperties properties;
  private final Clock clock;
  private final ScheduledExecutorService thread;
  private final AppliedPositions positions;
  private long lastGeneration;
  private PrecedentIndex lastIndex;

  PrecedentIndexer(
      DealLifecycle deals,
      PrecedentIndexes index,
      PrecedentDocuments documents,
      PrecedentChangeLog changes,
      PrecedentProperties properties,
      Clock clock) {
    this.deals = deals;
    this.index = index;
    this.documents = documents;
    this.changes = changes;
    this.properties = properties;
    this.clock = clock;
    this.positions = new AppliedPositions(index.appliedPosition());
    this.thread =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread indexerThread = new Thread(runnable, "precedent-indexer");
              indexerThread.setDaemon(true);
              return indexerThread;
            });
  }

  @EventListener(ApplicationReadyEvent.class)
  void startFollowingTheLog() {
    log.info(
        "Precedent index is at change-log position {} of {}; following the log",
        positions.contiguous(),
        changes.lastPosition());
    long interval = properties.pollInterval().toMillis();
    thread.scheduleWithFixedDelay(this::pollQuietly, 0, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * Applies the change log up to {@code position} now and waits until searches see it, within
   * {@link PrecedentProperties#visibleWithin()}; logs and returns if that fails (the schedule
   * applies the change later).
   */
  void awaitApplied(long position) {
    long timeout = properties.visibleWithin().toMillis();
    long deadline = System.currentTimeMillis() + timeout;
    try {
      while (true) {
        Written written =
            thread
                .submit(
                    () -> {
                      catchUp();
                      return positions.isApplied(position)
                          ? new Written(lastIndex, lastGeneration)
                          : null;
                    })
                .get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
        if (written != null) {
          if (written.index() != null && written.index() == index.current()) {
            written.index().awaitSearchable(written.generation(), properties.visibleWithin());
          }
          return;
        }
        if (System.currentTimeMillis() > deadline) {
          log.warn("Change {} was not applied within {}", position, properties.visibleWithin());
          return;
        }
        // Another transaction still holds an earlier position, or this one is not visible yet.
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException | RuntimeException e) {
      log.warn("Change {} is not searchable yet; the schedule applies it", position, e);
    }
  }

  /** The position up to which every change has been applied; for tests and progress. */
  long appliedPosition() throws Exception {
    return thread.submit(positions::contiguous).get();
  }

  private void pollQuietly() {
    try {
      catchUp();
    } catch (RuntimeException e) {
      // A failed read must not end the schedule; the next poll retries from the same position.
      log.error("Applying the precedent change log failed", e);
    }
  }

  /** Applies every change readable now; true if it applied anything. Runs on the indexer thread. */
  private boolean catchUp() {
    int applied = 0;
    long started = System.nanoTime();
    while (true) {
      List<PrecedentChange> batch = changes.after(positions.contiguous(), properties.batchSize());
      for (PrecedentChange change : batch) {
        if (!positions.isApplied(change.position())) {
          apply(change);
          positions.applied(change.position());
          applied++;
        }
      }
      boolean moved = positions.advance(batch, clock.instant(), properties.gapTimeout());
      if (moved) {
        index.markApplied(positions.contiguous());
      }
      if (!moved || batch.size() < properties.batchSize()) {
        if (applied >= LOG_CATCH_UP_FROM) {
          log.info(
              "Applied {} precedent changes in {} ms, up to position {}",
              applied,
              (System.nanoTime() - started) / 1_000_000,
              positions.contiguous());
        }
        return applied > 0;
      }
    }
  }

  private void apply(PrecedentChange change) {
    lastIndex = index.current();
    lastGeneration = apply(change, index);
  }

  private long apply(PrecedentChange change, PrecedentWrites target) {
    if (change.kind() == PrecedentChange.Kind.INDEX) {
      PrecedentSource source = deals.precedentSource(change.dealId());
      return source.deal().stage().isClosed()
          ? target.upsert(document(source))
          : target.delete(change.dealId().toString());
    }
    return target.delete(change.dealId().toString());
  }

  /**
   * The position up to which every change is applied, read on the indexer thread: a rebuild that
   * starts reading the deals afterwards sees every change up to it.
   */
  long startOfRebuild() throws Exception {
    return thread.submit(positions::contiguous).get();
  }

  /**
   * On the indexer thread, so that no change is lost: applies every change after {@code from} to
   * the rebuilt index (applying a change again is harmless, it reads the deal's current state),
   * marks it at this indexer's position and makes it current.
   */
  void makeCurrent(PrecedentIndex rebuilt, long from) throws Exception {
    thread
        .submit(
            () -> {
              long after = from;
              while (true) {
                List<PrecedentChange> batch = changes.after(after, properties.batchSize());
                for (PrecedentChange change : batch) {
                  apply(change, rebuilt);
                  after = change.position();
                }
                if (batch.size() < properties.batchSize()) {
                  break;
                }
              }
              rebuilt.markApplied(Math.max(from, positions.contiguous()));
              index.makeCurrent(rebuilt);
              return null;
            })
        .get();
  }

  private record Written(PrecedentIndex index, long generation) {}

  @PreDestroy
  void stop() throws InterruptedException {
    thread.shutdown();
    thread.awaitTermination(30, TimeUnit.SECONDS);
  }

  /** What the index stores for the deal. */
  PrecedentDocument document(PrecedentSource source) {
    return documents.of(source);
  }
}
