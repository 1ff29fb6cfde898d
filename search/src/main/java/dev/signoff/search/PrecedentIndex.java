package dev.signoff.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The searchable record of signed deals.
 *
 * <p>One writer lives as long as the index. Searches run on a shared searcher that a background
 * thread refreshes within {@link SearchProperties#maxStaleness()}, or within {@link
 * SearchProperties#minStaleness()} when a caller waits for its own write with {@link
 * #awaitSearchable}. Changes are committed every {@link SearchProperties#commitInterval()} and on
 * {@link #close()}; after a crash the index reopens with what was last committed.
 *
 * <p>The index also remembers how far it has followed its feed: {@link #markApplied} records a
 * position that is stored in the user data of the next commit, so that the position on disk never
 * claims more than the documents on disk hold. After reopening, {@link #appliedPosition()} is the
 * position of the last commit, and the feed is replayed from there.
 *
 * <p>Thread-safe. The index owns its directory and closes it when closed.
 */
public final class PrecedentIndex implements Closeable, PrecedentWrites {

  private static final Logger log = LoggerFactory.getLogger(PrecedentIndex.class);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  /** Fewer, larger flushes when a whole corpus is indexed at once. */
  private static final double RAM_BUFFER_MB = 64;

  /** Key of the applied feed position in the user data of a Lucene commit. */
  static final String APPLIED_POSITION = "signoff.appliedPosition";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searcherManager;
  private final ControlledRealTimeReopenThread<IndexSearcher> refreshThread;
  private final ScheduledExecutorService committer;
  private final PrecedentSearch precedentSearch;
  private final SearcherResults results;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Writes and position marks share this lock; a commit holds it exclusively, so a commit never
   * stores a position whose documents are still being written.
   */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  private volatile long appliedPosition;

  /**
   * Opens the index in {@code directory}, creating it when empty, and starts refreshing and
   * committing in the background.
   *
   * @throws UncheckedIOException when the directory cannot be opened as an index, for example
   *     because another live writer holds its lock; the directory is closed then
   */
  public PrecedentIndex(Directory directory, SearchProperties properties) {
    this.directory = directory;
    Analyzer analyzer = PrecedentAnalysis.indexAnalyzer();
    this.precedentSearch = new PrecedentSearch(analyzer, PrecedentAnalysis.queryAnalyzer());
    this.results = new SearcherResults(properties.resultCacheEntries());
    IndexWriter openedWriter = null;
    SearcherManager openedManager = null;
    try {
      openedWriter =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                  .setRAMBufferSizeMB(RAM_BUFFER_MB));
      if (!DirectoryReader.indexExists(directory)) {
        // An empty commit makes the directory a valid index from the first moment on.
        openedWriter.commit();
      }
      openedManager = new SearcherManager(openedWriter, null);
      this.appliedPosition = positionIn(openedWriter.getLiveCommitData());
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(openedManager, openedWriter, directory);
      if (e instanceof IOException ioException) {
        throw new UncheckedIOException(
            "Cannot open the precedent index in " + directory, ioException);
      }
      throw (RuntimeException) e;
    }
    this.writer = openedWriter;
    this.searcherManager = openedManager;
    this.refreshThread =
        new ControlledRealTimeReopenThread<>(
            writer,
            searcherManager,
            seconds(properties.maxStaleness()),
            seconds(properties.minStaleness()));
    refreshThread.setName("precedent-index-refresh");
    refreshThread.setDaemon(true);
    refreshThread.start();
    this.committer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "precedent-index-commit");
              thread.setDaemon(true);
              return thread;
            });
    long interval = properties.commitInterval().toMillis();
    committer.scheduleWithFixedDelay(
        this::commitPendingChanges, interval, interval, TimeUnit.MILLISECONDS);
  }

  /**
   * Indexes the deal and its clauses, replacing the earlier documents of the same deal id and its
   * clauses in one atomic step (see {@link PrecedentMapping}). The change is searchable within the
   * configured staleness; callers that must see it at once pass the returned generation to {@link
   * #awaitSearchable}.
   *
   * @return the generation of this write
   */
  @Override
  public long upsert(PrecedentDocument document) {
    ensureOpen();
    commitLock.readLock().lock();
    try {
      return writer.updateDocuments(
          PrecedentMapping.idTerm(document.dealId()), PrecedentMapping.toDocuments(document));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index deal " + document.dealId(), e);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /**
   * Removes the deal and its clauses from the index; nothing happens if it was never indexed.
   *
   * @return the generation of this write, for {@link #awaitSearchable}
   */
  @Override
  public long delete(String dealId) {
    ensureOpen();
    commitLock.readLock().lock();
    try {
      return writer.deleteDocuments(PrecedentMapping.idTerm(dealId));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove deal " + dealId + " from the index", e);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /**
   * Records that every feed change up to {@code position} has been written. The position becomes
   * durable with the next commit, together with those writes; call it only after the writes of the
   * changes up to {@code position} have returned.
   *
   * @throws IllegalArgumentException when {@code position} is lower than the applied position
   */
  public void markApplied(long position) {
    ensureOpen();
    commitLock.readLock().lock();
    try {
      synchronized (this) {
        if (position < appliedPosition) {
          throw new IllegalArgumentException(
              "Position " + position + " is behind the applied position " + appliedPosition);
        }
        appliedPosition = position;
        writer.setLiveCommitData(Map.of(APPLIED_POSITION, Long.toString(position)).entrySet());
      }
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /**
   * The last feed position recorded with {@link #markApplied}; right after opening, the position
   * stored in the last commit (0 for a new index).
   */
  public long appliedPosition() {
    return appliedPosition;
  }

  /** The feed position stored in the last commit on disk, which is where a restart resumes. */
  public long committedPosition() {
    ensureOpen();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return positionIn(reader.getIndexCommit().getUserData().entrySet());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the last commit of the precedent index", e);
    }
  }

  /**
   * Blocks until searches see every write up to {@code generation}, so that a caller reads its own
   * write.
   *
   * @param generation a value returned by {@link #upsert} or {@link #delete}
   * @throws IllegalStateException when the searcher has not caught up within {@code timeout}, or
   *     the waiting thread is interrupted
   */
  public void awaitSearchable(long generation, Duration timeout) {
    ensureOpen();
    int timeoutMillis = (int) Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
    try {
      if (!refreshThread.waitForGeneration(generation, timeoutMillis)) {
        throw new IllegalStateException(
            "Index generation " + generation + " is not searchable after " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "Interrupted while waiting for index generation " + generation, e);
    }
    ensureOpen();
  }

  /**
   * Finds the clauses or deals matching the query that one of the query's readers may see, in the
   * query's order, with the facet counts, term ranges and histogram over all of them. Reads the
   * current searcher and never waits for a refresh.
   *
   * <p>Hits, totals, counts, ranges and histograms all come from one pass over the documents the
   * caller may read. A facet lists at most {@value PrecedentSearch#MAX_FACET_VALUES} values, and
   * always its selected ones. At deal granularity the clause facets are neither counted nor
   * applied, and a term range matches a deal when one of its clauses has a value in the range (each
   * range may be met by a different clause). Page tokens are signed and bound to the search; pages
   * neither repeat nor skip a hit while the index is unchanged.
   *
   * <p>While the index is unchanged, the same query (same caller's readers included) is answered
   * from the answers kept for the current searcher, as are similar clauses and deals; see {@link
   * SearchProperties#resultCacheEntries()}.
   *
   * @return at most {@code min(query.limit(), 100)} hits; none if the query has no readers
   * @throws PrecedentQueryException when the text is not valid query syntax or the page token is
   *     not one this index issued for this search
   */
  public PrecedentResults search(PrecedentQuery query) {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return results.get(searcher, query, () -> precedentSearch.search(searcher, query));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the precedent index", e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Clauses of past deals worded like the given one, most similar first: shared wording weighed by
   * rarity (more-like-this over clause text), a clause of the same type as the given one (by {@link
   * dev.signoff.search.terms.ClauseTypes}) counting {@value PrecedentSearch#SAME_TYPE_BOOST} times
   * as much. Only clauses the readers may see, never of the excluded deal.
   *
   * @return clause hits, at most {@code min(query.limit(), 100)}
   */
  public List<PrecedentHit> similarClauses(SimilarClauseQuery query) {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return results.get(
          searcher, query, () -> List.copyOf(precedentSearch.similarClauses(searcher, query)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the precedent index", e);
    } finally {
      release(searcher);
    }
  }

  /**
   * Past deals like the given one, most similar first: shared wording of the contract and the use
   * case, multiplied when the vendor, a model, the hosting model or the risk tier is the same. Only
   * deals the readers may see, never the excluded one.
   *
   * @return deal hits, at most {@code min(query.limit(), 100)}
   */
  public List<PrecedentHit> similarDeals(SimilarDealQuery query) {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return results.get(
          searcher, query, () -> List.copyOf(precedentSearch.similarDeals(searcher, query)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the precedent index", e);
    } finally {
      release(searcher);
    }
  }

  /** How many searches were answered from kept answers and how many were run. */
  public SearchCacheStatistics cacheStatistics() {
    return results.statistics();
  }

  /** The number of deals that searches currently see (their clauses not counted). */
  public int documentCount() {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return searcher.count(PrecedentSearch.deals());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot count the precedents", e);
    } finally {
      release(searcher);
    }
  }

  /** Makes every write so far durable now rather than at the next scheduled commit. */
  public void commit() {
    ensureOpen();
    try {
      commitExclusively();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the precedent index", e);
    }
  }

  /** Makes every write so far visible to searches now, blocking until the searcher is reopened. */
  void refreshNow() {
    ensureOpen();
    try {
      searcherManager.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot refresh the precedent searcher", e);
    }
  }

  /**
   * Stops the background threads, commits pending changes and releases the directory and its lock.
   * Calling it again does nothing; any other method called afterwards throws {@link
   * IllegalStateException}.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    committer.shutdown();
    try {
      if (!committer.awaitTermination(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn(
            "A scheduled commit of the precedent index did not finish within {}", CLOSE_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    commitLock.writeLock().lock();
    try {
      // Closing the writer commits what the schedule has not committed yet.
      IOUtils.close(refreshThread, searcherManager, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the precedent index cleanly", e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  private void commitExclusively() throws IOException {
    commitLock.writeLock().lock();
    try {
      writer.commit();
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  private static long positionIn(Iterable<Map.Entry<String, String>> commitData) {
    if (commitData != null) {
      for (Map.Entry<String, String> entry : commitData) {
        if (APPLIED_POSITION.equals(entry.getKey())) {
          return Long.parseLong(entry.getValue());
        }
      }
    }
    return 0;
  }

  private void commitPendingChanges() {
    try {
      if (writer.hasUncommittedChanges()) {
        commitExclusively();
      }
    } catch (AlreadyClosedException e) {
      // closing; close() commits instead
    } catch (IOException | RuntimeException e) {
      // A failed commit must not end the schedule; the next one retries.
      log.error("Scheduled commit of the precedent index failed", e);
    }
  }

  private IndexSearcher acquire() {
    try {
      return searcherManager.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open a searcher on the precedent index", e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searcherManager.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release a searcher of the precedent index", e);
    }
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("The precedent index is closed");
    }
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
