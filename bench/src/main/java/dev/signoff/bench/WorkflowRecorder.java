package dev.signoff.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one load run saw: latencies per operation, successes, correct conflicts (a 409 on a task
 * that another user took first) and errors by operation and status. Only what starts and ends
 * inside the measured window counts.
 */
final class WorkflowRecorder {

  /** Latencies of one operation in the window. */
  record OperationStats(String operation, long count, double p50, double p95, double p99) {}

  private final Map<String, Samples> samples = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> conflicts = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Map<String, String> firstErrors = new ConcurrentHashMap<>();
  private final AtomicLong dealsSubmitted = new AtomicLong();
  private final AtomicLong dealsCompleted = new AtomicLong();
  private volatile long windowStart = Long.MAX_VALUE;
  private volatile long windowEnd = Long.MAX_VALUE;

  void window(long startNanos, long endNanos) {
    windowStart = startNanos;
    windowEnd = endNanos;
  }

  boolean inWindow(long startNanos, long endNanos) {
    return startNanos >= windowStart && endNanos <= windowEnd;
  }

  /** An operation that answered with {@code status}; 2xx is a success. */
  void record(String operation, long startNanos, long endNanos, int status, String detail) {
    if (!inWindow(startNanos, endNanos)) {
      return;
    }
    if (status >= 200 && status < 300) {
      samples.computeIfAbsent(operation, name -> new Samples()).add(endNanos - startNanos);
    } else if (status == 409) {
      conflicts.computeIfAbsent(operation, name -> new AtomicLong()).incrementAndGet();
    } else {
      String key = operation + " " + status;
      errors.computeIfAbsent(key, name -> new AtomicLong()).incrementAndGet();
      if (detail != null) {
        firstErrors.putIfAbsent(key, detail.length() > 300 ? detail.substring(0, 300) : detail);
      }
    }
  }

  void dealSubmitted(long startNanos, long endNanos) {
    if (inWindow(startNanos, endNanos)) {
      dealsSubmitted.incrementAndGet();
    }
  }

  void dealCompleted(long startNanos, long endNanos) {
    if (inWindow(startNanos, endNanos)) {
      dealsCompleted.incrementAndGet();
    }
  }

  long dealsSubmitted() {
    return dealsSubmitted.get();
  }

  long dealsCompleted() {
    return dealsCompleted.get();
  }

  Map<String, OperationStats> operations() {
    Map<String, OperationStats> result = new TreeMap<>();
    samples.forEach((operation, recorded) -> result.put(operation, recorded.stats(operation)));
    return result;
  }

  Map<String, Long> conflicts() {
    Map<String, Long> result = new TreeMap<>();
    conflicts.forEach((operation, count) -> result.put(operation, count.get()));
    return result;
  }

  Map<String, Long> errors() {
    Map<String, Long> result = new TreeMap<>();
    errors.forEach((key, count) -> result.put(key, count.get()));
    return result;
  }

  Map<String, String> firstErrors() {
    return new TreeMap<>(firstErrors);
  }

  /** Latencies of one operation, in nanoseconds. */
  private static final class Samples {
    private long[] values = new long[1024];
    private int count;

    synchronized void add(long nanos) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = nanos;
    }

    synchronized OperationStats stats(String operation) {
      long[] sorted = Arrays.copyOf(values, count);
      Arrays.sort(sorted);
      return new OperationStats(
          operation,
          count,
          percentile(sorted, 0.50),
          percentile(sorted, 0.95),
          percentile(sorted, 0.99));
    }

    private static double percentile(long[] sorted, double quantile) {
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(quantile * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
  }
}
