package dev.signoff.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * <p>Thread-safe. The index owns its directory and closes it when closed.
 */
public final class PrecedentIndex implements Closeable {

  private static final Logger log = LoggerFactory.getLogger(PrecedentIndex.class);

  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searcherManager;
  private final ControlledRealTimeReopenThread<IndexSearcher> refreshThread;
  private final ScheduledExecutorService committer;
  private final PrecedentSearch precedentSearch;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Opens the index in {@code directory}, creating it when empty, and starts refreshing and
   * committing in the background.
   *
   * @throws UncheckedIOException when the directory cannot be opened as an index, for example
   *     because another live writer holds its lock; the directory is closed then
   */
  public PrecedentIndex(Directory directory, SearchProperties properties) {
    this.directory = directory;
    Analyzer analyzer = PrecedentAnalysis.analyzer();
    this.precedentSearch = new PrecedentSearch(analyzer);
    IndexWriter openedWriter = null;
    SearcherManager openedManager = null;
    try {
      openedWriter =
          new IndexWriter(
              directory,
              new IndexWriterConfig(analyzer)
                  .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      if (!DirectoryReader.indexExists(directory)) {
        // An empty commit makes the directory a valid index from the first moment on.
        openedWriter.commit();
      }
      openedManager = new SearcherManager(openedWriter, null);
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
   * Indexes the deal, replacing any earlier document of the same deal id. The change is searchable
   * within the configured staleness; callers that must see it at once pass the returned generation
   * to {@link #awaitSearchable}.
   *
   * @return the generation of this write
   */
  public long upsert(PrecedentDocument document) {
    ensureOpen();
    try {
      return writer.updateDocument(
          PrecedentMapping.idTerm(document.dealId()), PrecedentMapping.toDocument(document));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index deal " + document.dealId(), e);
    }
  }

  /**
   * Removes the deal from the index; nothing happens if it was never indexed.
   *
   * @return the generation of this write, for {@link #awaitSearchable}
   */
  public long delete(String dealId) {
    ensureOpen();
    try {
      return writer.deleteDocuments(PrecedentMapping.idTerm(dealId));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove deal " + dealId + " from the index", e);
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
   * Finds the precedents matching the query that one of the query's readers may see, best first.
   * Reads the current searcher and never waits for a refresh.
   *
   * @return at most {@code min(query.limit(), 100)} hits; none if the query has no readers
   * @throws PrecedentQueryException when the text is blank or not valid query syntax
   */
  public List<PrecedentHit> search(PrecedentQuery query) {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return precedentSearch.search(searcher, query);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot search the precedent index", e);
    } finally {
      release(searcher);
    }
  }

  /** The number of deals that searches currently see. */
  public int documentCount() {
    ensureOpen();
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Makes every write so far durable now rather than at the next scheduled commit. */
  public void commit() {
    ensureOpen();
    try {
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the precedent index", e);
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
    try {
      // Closing the writer commits what the schedule has not committed yet.
      IOUtils.close(refreshThread, searcherManager, writer, directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the precedent index cleanly", e);
    }
  }

  private void commitPendingChanges() {
    try {
      if (writer.hasUncommittedChanges()) {
        writer.commit();
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
