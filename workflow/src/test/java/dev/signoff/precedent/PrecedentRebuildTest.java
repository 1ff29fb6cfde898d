package dev.signoff.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.signoff.checklist.ChecklistProperties;
import dev.signoff.checklist.Checklists;
import dev.signoff.checklist.ClauseOwners;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.problem.SignoffProblem;
import dev.signoff.search.PrecedentIndexes;
import dev.signoff.search.SearchProperties;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;

class PrecedentRebuildTest {

  @TempDir Path root;

  private final DealLifecycle deals = mock(DealLifecycle.class);
  private final PrecedentChangeLog changes = mock(PrecedentChangeLog.class);
  private PrecedentIndexes indexes;
  private PrecedentIndexer indexer;
  private PrecedentRebuild rebuild;

  @BeforeEach
  void open() {
    when(changes.after(anyLong(), anyInt())).thenReturn(List.of());
    indexes = new PrecedentIndexes(new SearchProperties(root, null, null, null, null));
    indexer =
        new PrecedentIndexer(
            deals,
            indexes,
            new PrecedentDocuments(new ClauseOwners(new Checklists(new ChecklistProperties(null)))),
            changes,
            new PrecedentProperties(null, null, null, null),
            Clock.systemUTC());
    rebuild = new PrecedentRebuild(deals, indexes, indexer, Clock.systemUTC());
  }

  @AfterEach
  void close() throws InterruptedException {
    rebuild.stop();
    indexer.stop();
    indexes.close();
  }

  @Test
  void aSecondRebuildWhileOneRunsIsAConflict() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    when(deals.closedDealIds())
        .thenAnswer(
            invocation -> {
              release.await(10, TimeUnit.SECONDS);
              return List.of();
            });

    assertThat(rebuild.start().state()).isEqualTo(RebuildProgress.State.RUNNING);
    assertThatThrownBy(rebuild::start)
        .isInstanceOfSatisfying(
            SignoffProblem.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));

    release.countDown();
    RebuildProgress done = awaitEnd();
    assertThat(done.state()).isEqualTo(RebuildProgress.State.DONE);
    assertThat(done.total()).isZero();
    assertThat(indexes.currentDirectory().getFileName()).hasToString("index-2");
    assertThat(root.resolve("index-1")).doesNotExist();
    assertThat(rebuild.start().state()).isEqualTo(RebuildProgress.State.RUNNING);
    assertThat(awaitEnd().state()).isEqualTo(RebuildProgress.State.DONE);
  }

  @Test
  void aFailedRebuildKeepsTheCurrentIndexAndDeletesThePartialOne() throws Exception {
    when(deals.closedDealIds()).thenReturn(List.of(UUID.randomUUID(), UUID.randomUUID()));
    when(deals.precedentSource(any())).thenThrow(new IllegalStateException("database gone"));

    rebuild.start();
    RebuildProgress failed = awaitEnd();

    assertThat(failed.state()).isEqualTo(RebuildProgress.State.FAILED);
    assertThat(failed.error()).contains("database gone");
    assertThat(failed.total()).isEqualTo(2);
    assertThat(failed.done()).isZero();
    assertThat(failed.finished()).isNotNull();
    assertThat(indexes.currentDirectory().getFileName()).hasToString("index-1");
    assertThat(root.resolve("index-2")).doesNotExist();
    assertThat(root.resolve("current")).hasContent("index-1");
  }

  private RebuildProgress awaitEnd() throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (rebuild.progress().running()) {
      assertThat(Instant.now()).isBefore(deadline);
      Thread.sleep(20);
    }
    return rebuild.progress();
  }
}
