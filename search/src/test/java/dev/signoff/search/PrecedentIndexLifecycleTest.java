package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecedentIndexLifecycleTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  @TempDir Path indexDirectory;

  @Test
  void committedDealsAreFoundAfterReopening() throws IOException {
    try (PrecedentIndex index = open(SearchProperties.defaults())) {
      index.upsert(deal("D-1").contract("Escrow of the model weights.").build());
      index.commit();
    }

    try (PrecedentIndex reopened = open(SearchProperties.defaults())) {
      assertThat(ids(reopened, "escrow")).containsExactly("D-1");
    }
  }

  @Test
  void closeCommitsWritesThatWereNotCommittedYet() throws IOException {
    try (PrecedentIndex index = open(SearchProperties.defaults())) {
      index.upsert(deal("D-1").contract("Escrow of the model weights.").build());
    }

    try (PrecedentIndex reopened = open(SearchProperties.defaults())) {
      assertThat(ids(reopened, "escrow")).containsExactly("D-1");
    }
  }

  @Test
  void writesAreCommittedOnScheduleWithoutClosing() throws IOException {
    SearchProperties everyFiftyMillis =
        new SearchProperties(indexDirectory, Duration.ofMillis(50), null, null, null);
    try (PrecedentIndex index = open(everyFiftyMillis)) {
      index.upsert(deal("D-1").build());

      await().atMost(10, TimeUnit.SECONDS).until(() -> committedDocumentCount() == 1);
    }
  }

  @Test
  void searchesDoNotRefreshButAwaitingTheWriteDoes() throws IOException {
    SearchProperties refreshHourly =
        new SearchProperties(indexDirectory, null, Duration.ofHours(1), null, null);
    try (PrecedentIndex index = open(refreshHourly)) {
      long generation = index.upsert(deal("D-1").contract("Escrow of the model weights.").build());

      assertThat(ids(index, "escrow")).isEmpty();

      index.awaitSearchable(generation, AWAIT);
      assertThat(ids(index, "escrow")).containsExactly("D-1");
    }
  }

  @Test
  void reopensWithTheCommittedDealsAfterTheWritingProcessDied() throws Exception {
    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                IndexWriterThatDies.class.getName(),
                indexDirectory.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(writer.exitValue()).isEqualTo(IndexWriterThatDies.EXIT_STATUS);
    assertThat(indexDirectory.resolve("write.lock")).exists();

    try (PrecedentIndex reopened = open(SearchProperties.defaults())) {
      assertThat(reopened.documentCount()).isEqualTo(1);
      assertThat(ids(reopened, "crash")).containsExactly("D-committed");
      assertThat(ids(reopened, "commit")).doesNotContain("D-lost");
      assertThat(reopened.appliedPosition()).isEqualTo(1);
      PrecedentResults clauses =
          reopened.search(PrecedentQuery.clauses("escrow OR notify", LEGAL, 10));
      assertThat(clauses.total()).isEqualTo(2);
      assertThat(clauses.hits())
          .extracting(hit -> hit.dealId() + " " + hit.clause().heading())
          .containsExactlyInAnyOrder("D-committed Escrow", "D-committed Security Incidents");
      assertThat(clauses.hits())
          .filteredOn(hit -> hit.clause().heading().equals("Security Incidents"))
          .flatExtracting(hit -> hit.clause().terms())
          .extracting(HitTerm::normalised)
          .containsExactly("72 HOURS");

      // Catching up replays the feed from the committed position: change 2 comes back.
      List<String> feed = List.of("D-committed", "D-lost");
      long generation = 0;
      for (long position = reopened.appliedPosition() + 1; position <= feed.size(); position++) {
        String dealId = feed.get((int) position - 1);
        generation =
            reopened.upsert(deal(dealId).contract("Written after the last commit.").build());
        reopened.markApplied(position);
      }
      reopened.awaitSearchable(generation, AWAIT);
      assertThat(ids(reopened, "commit")).contains("D-lost");
      assertThat(reopened.documentCount()).isEqualTo(2);
    }
  }

  @Test
  void appliedPositionIsStoredWithTheCommitAndRestoredOnReopen() throws IOException {
    try (PrecedentIndex index = open(SearchProperties.defaults())) {
      assertThat(index.appliedPosition()).isZero();
      index.upsert(deal("D-1").build());
      index.markApplied(7);
      assertThat(index.committedPosition()).isZero();
      index.commit();
      assertThat(index.committedPosition()).isEqualTo(7);
      index.upsert(deal("D-2").build());
      index.markApplied(9);
    }

    try (PrecedentIndex reopened = open(SearchProperties.defaults())) {
      assertThat(reopened.appliedPosition()).isEqualTo(9);
      assertThat(reopened.committedPosition()).isEqualTo(9);
      assertThat(reopened.documentCount()).isEqualTo(2);
    }
  }

  @Test
  void refusesToMoveTheAppliedPositionBackwards() {
    try (PrecedentIndex index =
        new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults())) {
      index.markApplied(5);

      assertThatThrownBy(() -> index.markApplied(4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("behind the applied position 5");
      assertThat(index.appliedPosition()).isEqualTo(5);
    }
  }

  @Test
  void refusesASecondIndexOnADirectoryThatIsInUse() throws IOException {
    try (PrecedentIndex index = open(SearchProperties.defaults())) {
      assertThatThrownBy(() -> open(SearchProperties.defaults()))
          .isInstanceOf(UncheckedIOException.class)
          .hasMessageStartingWith("Cannot open the precedent index")
          .hasCauseInstanceOf(LockObtainFailedException.class);

      assertThat(index.documentCount()).isZero();
    }
  }

  @Test
  void closeReleasesTheDirectoryForTheNextIndex() throws IOException {
    open(SearchProperties.defaults()).close();

    try (PrecedentIndex next = open(SearchProperties.defaults())) {
      assertThat(next.documentCount()).isZero();
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    PrecedentIndex index =
        new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults());

    index.close();

    assertThatCode(index::close).doesNotThrowAnyException();
  }

  @Test
  void usingAClosedIndexFailsWithAClearMessage() {
    PrecedentIndex index =
        new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults());
    long generation = index.upsert(deal("D-1").build());
    index.close();

    assertThatThrownBy(() -> index.search(new PrecedentQuery("northwind", LEGAL, 10)).hits())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The precedent index is closed");
    assertThatThrownBy(() -> index.upsert(deal("D-2").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The precedent index is closed");
    assertThatThrownBy(() -> index.awaitSearchable(generation, AWAIT))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The precedent index is closed");
    assertThatThrownBy(index::commit)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The precedent index is closed");
  }

  private PrecedentIndex open(SearchProperties properties) throws IOException {
    return new PrecedentIndex(FSDirectory.open(indexDirectory), properties);
  }

  private int committedDocumentCount() throws IOException {
    try (FSDirectory directory = FSDirectory.open(indexDirectory);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  private static List<String> ids(PrecedentIndex index, String text) {
    return index.search(new PrecedentQuery(text, LEGAL, 10)).hits().stream()
        .map(PrecedentHit::dealId)
        .toList();
  }
}
