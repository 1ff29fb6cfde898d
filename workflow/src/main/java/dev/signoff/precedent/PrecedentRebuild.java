package dev.signoff.precedent;

import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.PrecedentSource;
import dev.signoff.problem.SignoffProblem;
import dev.signoff.search.PrecedentIndex;
import dev.signoff.search.PrecedentIndexes;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rebuilds this node's precedent index from the database, the source of truth, while searches keep
 * answering from the current index until the new one is complete.
 */
@Service
public class PrecedentRebuild {

  private static final Logger log = LoggerFactory.getLogger(PrecedentRebuild.class);
  private static final int LOG_EVERY = 100;
  private static final int WORKERS = Runtime.getRuntime().availableProcessors();

  private final DealLifecycle deals;
  private final PrecedentIndexes indexes;
  private final PrecedentIndexer indexer;
  private final Clock clock;
  private final AtomicReference<RebuildProgress> progress =
      new AtomicReference<>(RebuildProgress.idle());
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread rebuildThread = new Thread(runnable, "precedent-rebuild");
            rebuildThread.setDaemon(true);
            return rebuildThread;
          });

  PrecedentRebuild(
      DealLifecycle deals, PrecedentIndexes indexes, PrecedentIndexer indexer, Clock clock) {
    this.deals = deals;
    this.indexes = indexes;
    this.indexer = indexer;
    this.clock = clock;
  }

  /**
   * Starts re-indexing every closed deal (signed, rejected, withdrawn) into a new index in the
   * background; the new index replaces the current one when complete. Admins only.
   *
   * @return the progress at the start, state RUNNING
   * @throws SignoffProblem 409 when a rebuild is already running
   */
  @PreAuthorize("hasRole('admin')")
  public RebuildProgress start() {
    RebuildProgress seen = progress.get();
    RebuildProgress started =
        new RebuildProgress(RebuildProgress.State.RUNNING, 0, 0, clock.instant(), null, null);
    if (seen.running() || !progress.compareAndSet(seen, started)) {
      throw new SignoffProblem(
          HttpStatus.CONFLICT,
          "Rebuild running",
          "The precedent index is already being rebuilt; wait until it is done.");
    }
    thread.execute(this::rebuild);
    return started;
  }

  /** The progress of the running or latest rebuild. Admins only. */
  @PreAuthorize("hasRole('admin')")
  public RebuildProgress progress() {
    return progress.get();
  }

  private void rebuild() {
    Instant started = progress.get().started();
    PrecedentIndex rebuilt = null;
    try {
      long from = indexer.startOfRebuild();
      List<UUID> ids = deals.closedDealIds();
      log.info(
          "Rebuilding the precedent index: {} closed deals, from position {}", ids.size(), from);
      progress.set(
          new RebuildProgress(RebuildProgress.State.RUNNING, 0, ids.size(), started, null, null));
      rebuilt = indexes.openNext();
      int done = indexAll(rebuilt, ids, started);
      rebuilt.markApplied(from);
      rebuilt.commit();
      indexer.makeCurrent(rebuilt, from);
      Instant finished = clock.instant();
      progress.set(
          new RebuildProgress(
              RebuildProgress.State.DONE, done, ids.size(), started, finished, null));
      log.info(
          "Rebuilt the precedent index: {} deals in {} ms",
          done,
          Duration.between(started, finished).toMillis());
    } catch (Exception e) {
      log.error("Rebuilding the precedent index failed; the current index stays", e);
      if (rebuilt != null) {
        discardQuietly(rebuilt);
      }
      RebuildProgress last = progress.get();
      progress.set(
          new RebuildProgress(
              RebuildProgress.State.FAILED,
              last.done(),
              last.total(),
              started,
              clock.instant(),
              String.valueOf(e.getMessage())));
    }
  }

  /**
   * Reads and indexes the deals on one worker per core: reading a deal and typing and extracting
   * the terms of its clauses keep a core busy each, so a single thread would leave the others idle.
   * The first failure stops every worker and fails the rebuild.
   */
  private int indexAll(PrecedentIndex rebuilt, List<UUID> ids, Instant started)
      throws InterruptedException, ExecutionException {
    int workers = Math.max(1, Math.min(WORKERS, ids.size()));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicBoolean failed = new AtomicBoolean();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            runnable -> {
              Thread worker = new Thread(runnable, "precedent-rebuild-worker");
              worker.setDaemon(true);
              return worker;
            });
    try {
      List<Future<?>> running = new ArrayList<>(workers);
      for (int w = 0; w < workers; w++) {
        running.add(
            pool.submit(
                () -> {
                  try {
                    for (int i = next.getAndIncrement();
                        i < ids.size() && !failed.get();
                        i = next.getAndIncrement()) {
                      PrecedentSource source = deals.precedentSource(ids.get(i));
                      if (source.deal().stage().isClosed()) {
                        rebuilt.upsert(indexer.document(source));
                      }
                      int count = done.incrementAndGet();
                      progress.set(
                          new RebuildProgress(
                              RebuildProgress.State.RUNNING,
                              count,
                              ids.size(),
                              started,
                              null,
                              null));
                      if (count % LOG_EVERY == 0) {
                        log.info(
                            "Rebuilding the precedent index: {} of {} deals", count, ids.size());
                      }
                    }
                    return null;
                  } catch (RuntimeException e) {
                    failed.set(true);
                    throw e;
                  }
                }));
      }
      for (Future<?> worker : running) {
        try {
          worker.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException cause) {
            throw cause;
          }
          throw e;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return done.get();
  }

  private void discardQuietly(PrecedentIndex rebuilt) {
    try {
      indexes.discard(rebuilt);
    } catch (RuntimeException e) {
      log.warn("Cannot discard the failed rebuild", e);
    }
  }

  @PreDestroy
  void stop() {
    thread.shutdownNow();
  }
}
