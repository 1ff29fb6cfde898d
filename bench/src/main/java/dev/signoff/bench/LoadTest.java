package dev.signoff.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs a workload with a fixed number of concurrent clients, each issuing its next request as soon
 * as the previous one returned (closed loop): a warm-up, then a measured period of fixed length.
 */
final class LoadTest {

  /** One client's connection to the system under test. */
  interface Client extends AutoCloseable {
    /** Runs request number {@code i} of the workload's mix. */
    void request(int i) throws Exception;

    @Override
    default void close() throws Exception {}
  }

  /** Makes the client of one thread. */
  interface ClientFactory {
    Client open(int thread) throws Exception;
  }

  /**
   * The latencies and throughput of one run.
   *
   * @param loadAverage the machine's one-minute load average at the end of the run, which shows how
   *     much other work shared the cores
   */
  record Stats(
      String workload,
      int clients,
      long requests,
      long errors,
      double p50Millis,
      double p95Millis,
      double p99Millis,
      double perSecond,
      double loadAverage) {}

  /** Latencies kept per client; requests beyond it are counted but not timed. */
  private static final int MAX_SAMPLES_PER_CLIENT = 5_000_000;

  /** One client's measured latencies (at most {@link #MAX_SAMPLES_PER_CLIENT}) and requests. */
  private record Samples(long[] latencies, long completed) {}

  private LoadTest() {}

  static Stats run(
      String workload,
      int clients,
      int mixSize,
      Duration warmUp,
      Duration measured,
      ClientFactory factory)
      throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch start = new CountDownLatch(1);
    long[] window = new long[2];
    List<Future<Samples>> results = new ArrayList<>();
    long[] errors = new long[clients];
    for (int t = 0; t < clients; t++) {
      int thread = t;
      results.add(
          threads.submit(
              () -> {
                try (Client client = factory.open(thread)) {
                  ready.countDown();
                  start.await();
                  long measureFrom = window[0];
                  long measureTo = window[1];
                  long[] samples = new long[1024];
                  int count = 0;
                  long completed = 0;
                  int next = thread * 5;
                  while (true) {
                    long began = System.nanoTime();
                    if (began >= measureTo) {
                      break;
                    }
                    try {
                      client.request(next++ % mixSize);
                    } catch (Exception e) {
                      if (++errors[thread] == 1) {
                        System.err.println(workload + ": " + e);
                      }
                    }
                    long ended = System.nanoTime();
                    if (began >= measureFrom && ended <= measureTo) {
                      completed++;
                      if (count == samples.length) {
                        if (count >= MAX_SAMPLES_PER_CLIENT) {
                          continue;
                        }
                        samples = Arrays.copyOf(samples, count * 2);
                      }
                      samples[count++] = ended - began;
                    }
                  }
                  return new Samples(Arrays.copyOf(samples, count), completed);
                } finally {
                  ready.countDown();
                }
              }));
    }
    if (!ready.await(2, TimeUnit.MINUTES)) {
      threads.shutdownNow();
      throw new IllegalStateException(workload + ": clients did not connect within 2 minutes");
    }
    long now = System.nanoTime();
    window[0] = now + warmUp.toNanos();
    window[1] = window[0] + measured.toNanos();
    start.countDown();
    long[] all = new long[0];
    long requests = 0;
    for (Future<Samples> result : results) {
      Samples client = result.get(warmUp.plus(measured).toSeconds() + 120, TimeUnit.SECONDS);
      requests += client.completed();
      long[] samples = client.latencies();
      long[] merged = Arrays.copyOf(all, all.length + samples.length);
      System.arraycopy(samples, 0, merged, all.length, samples.length);
      all = merged;
    }
    threads.shutdown();
    double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    Arrays.sort(all);
    double seconds = measured.toNanos() / 1e9;
    return new Stats(
        workload,
        clients,
        requests,
        Arrays.stream(errors).sum(),
        percentile(all, 0.50),
        percentile(all, 0.95),
        percentile(all, 0.99),
        requests / seconds,
        loadAverage);
  }

  private static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
