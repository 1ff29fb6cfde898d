package dev.signoff.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Changes to one deal take turns on a node; changes to other deals do not wait for them. */
class DealQueueTest {

  private final ExecutorService threads = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void aSecondChangeToTheSameDealWaitsUntilTheFirstEnds() throws Exception {
    DealQueue queue = new DealQueue();
    UUID deal = UUID.randomUUID();
    CountDownLatch firstInside = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();

    Future<String> first =
        threads.submit(
            () ->
                queue.inTurn(
                    deal,
                    () -> {
                      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                      firstInside.countDown();
                      await(releaseFirst);
                      inside.decrementAndGet();
                      return "first";
                    }));
    assertThat(firstInside.await(5, TimeUnit.SECONDS)).isTrue();
    Future<String> second =
        threads.submit(
            () ->
                queue.inTurn(
                    deal,
                    () -> {
                      mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                      inside.decrementAndGet();
                      return "second";
                    }));

    Thread.sleep(200);
    assertThat(second.isDone()).as("the second change waits for the first").isFalse();
    releaseFirst.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    assertThat(mostInside).hasValue(1);
    assertThat(queue.isBusy(deal)).isFalse();
  }

  @Test
  void aChangeToAnotherDealDoesNotWait() throws Exception {
    DealQueue queue = new DealQueue();
    UUID deal = UUID.randomUUID();
    UUID other = otherStripe(deal);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Future<String> first = holdingTheTurn(queue, deal, releaseFirst);

    assertThat(threads.submit(() -> queue.inTurn(other, () -> "other")).get(5, TimeUnit.SECONDS))
        .isEqualTo("other");
    assertThat(first.isDone()).isFalse();
    releaseFirst.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
  }

  @Test
  void aChangeThatCannotGetItsTurnInTimeGoesAhead() throws Exception {
    DealQueue queue = new DealQueue(Duration.ofMillis(100));
    UUID deal = UUID.randomUUID();
    CountDownLatch releaseFirst = new CountDownLatch(1);
    Future<String> first = holdingTheTurn(queue, deal, releaseFirst);

    long started = System.nanoTime();
    assertThat(threads.submit(() -> queue.inTurn(deal, () -> "late")).get(5, TimeUnit.SECONDS))
        .isEqualTo("late");
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(100));
    releaseFirst.countDown();
    first.get(5, TimeUnit.SECONDS);
  }

  @Test
  void aFailedChangeGivesUpItsTurn() {
    DealQueue queue = new DealQueue(Duration.ofMillis(100));
    UUID deal = UUID.randomUUID();
    assertThatThrownBy(
            () ->
                queue.inTurn(
                    deal,
                    () -> {
                      throw TaskProblem.alreadyCompleted("t1");
                    }))
        .isInstanceOf(TaskProblem.class);
    assertThat(queue.isBusy(deal)).isFalse();
    assertThat(queue.inTurn(deal, () -> "next")).isEqualTo("next");
  }

  /** Starts a change to the deal that holds its turn until released; returns once it holds it. */
  private Future<String> holdingTheTurn(DealQueue queue, UUID deal, CountDownLatch release)
      throws InterruptedException {
    CountDownLatch inside = new CountDownLatch(1);
    Future<String> first =
        threads.submit(
            () ->
                queue.inTurn(
                    deal,
                    () -> {
                      inside.countDown();
                      await(release);
                      return "first";
                    }));
    assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
    return first;
  }

  private static UUID otherStripe(UUID deal) {
    int stripe = Math.floorMod(deal.hashCode(), DealQueue.STRIPES);
    while (true) {
      UUID other = UUID.randomUUID();
      if (Math.floorMod(other.hashCode(), DealQueue.STRIPES) != stripe) {
        return other;
      }
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
