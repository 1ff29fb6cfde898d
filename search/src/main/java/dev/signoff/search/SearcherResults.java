package dev.signoff.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The answers already computed on the newest searcher, so that a search repeated while the index is
 * unchanged (the next person looking up the same precedent, a reviewer going back to a result list,
 * a CSV export of what is on screen) is answered without running it again.
 *
 * <p>Answers belong to one point-in-time view of the index: a searcher refreshed after any write
 * starts with none, so no answer is ever older than the searcher that would compute it. An answer
 * computed on an older searcher than the newest seen is returned to its caller but not kept. The
 * key of an answer holds everything it depends on, the caller's readers included, so two callers
 * share an answer only when they may see the same documents. At most {@code capacity} answers are
 * kept, the least recently used dropped first; a capacity of 0 keeps none.
 *
 * <p>Thread-safe. Two callers missing the same key at the same moment both compute it.
 */
final class SearcherResults {

  /** Something that computes an answer on a searcher. */
  interface Computation<T> {
    T compute() throws IOException;
  }

  private final int capacity;
  private final AtomicReference<View> newest = new AtomicReference<>();
  private final LongAdder found = new LongAdder();
  private final LongAdder computed = new LongAdder();

  SearcherResults(int capacity) {
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity must not be negative, was " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * The answer for {@code key} on {@code searcher}: the kept one if this searcher computed it
   * before, else computed now (and kept when the searcher is the newest).
   *
   * @param key equal for exactly the requests with equal answers on one searcher; immutable
   */
  <T> T get(IndexSearcher searcher, Object key, Computation<T> computation) throws IOException {
    View view = capacity == 0 ? null : viewOf(searcher.getIndexReader());
    if (view != null) {
      @SuppressWarnings("unchecked")
      T kept = (T) view.get(key);
      if (kept != null) {
        found.increment();
        return kept;
      }
    }
    T answer = computation.compute();
    computed.increment();
    if (view != null && answer != null) {
      view.put(key, answer);
    }
    return answer;
  }

  SearchCacheStatistics statistics() {
    return new SearchCacheStatistics(found.sum(), computed.sum());
  }

  /** The answers of the reader's view when it is the newest seen; null for an older one. */
  private View viewOf(IndexReader reader) {
    if (!(reader instanceof DirectoryReader directoryReader)) {
      return null;
    }
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return null;
    }
    IndexReader.CacheKey readerKey = helper.getKey();
    long version = directoryReader.getVersion();
    while (true) {
      View current = newest.get();
      if (current != null && current.readerKey == readerKey) {
        return current;
      }
      if (current != null && version <= current.version) {
        return null;
      }
      View next = new View(readerKey, version, capacity);
      if (newest.compareAndSet(current, next)) {
        return next;
      }
    }
  }

  /** The answers computed on one reader, least recently used first. */
  private static final class View {

    final IndexReader.CacheKey readerKey;
    final long version;
    private final Map<Object, Object> answers;

    View(IndexReader.CacheKey readerKey, long version, int capacity) {
      this.readerKey = readerKey;
      this.version = version;
      this.answers =
          new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
              return size() > capacity;
            }
          };
    }

    synchronized Object get(Object key) {
      return answers.get(key);
    }

    synchronized void put(Object key, Object answer) {
      answers.put(key, answer);
    }
  }
}
