package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrecedentIndexesTest {

  @TempDir Path root;

  private SearchProperties properties() {
    return new SearchProperties(root, Duration.ofMinutes(5), null, null, null);
  }

  private static List<String> find(PrecedentIndexes indexes, String text) {
    return indexes.search(new PrecedentQuery(text, Precedents.LEGAL, 10)).hits().stream()
        .map(PrecedentHit::dealId)
        .toList();
  }

  private static void write(PrecedentIndex index, PrecedentDocument document) {
    index.awaitSearchable(index.upsert(document), Duration.ofSeconds(5));
  }

  @Test
  void searchesAnswerFromTheOldIndexUntilTheRebuiltOneIsMadeCurrent() throws IOException {
    try (PrecedentIndexes indexes = new PrecedentIndexes(properties())) {
      write(indexes.current(), Precedents.deal("D-old").contract("Escrow of weights.").build());
      Path oldDirectory = indexes.currentDirectory();

      PrecedentIndex rebuilt = indexes.openNext();
      rebuilt.upsert(Precedents.deal("D-new").contract("Escrow of weights.").build());
      rebuilt.markApplied(7);

      assertThat(find(indexes, "escrow")).containsExactly("D-old");
      assertThat(indexes.documentCount()).isEqualTo(1);

      indexes.makeCurrent(rebuilt);

      assertThat(find(indexes, "escrow")).containsExactly("D-new");
      assertThat(indexes.appliedPosition()).isEqualTo(7);
      assertThat(oldDirectory).doesNotExist();
      assertThat(indexes.currentDirectory().getFileName()).hasToString("index-2");
    }
    try (PrecedentIndexes reopened = new PrecedentIndexes(properties())) {
      assertThat(reopened.currentDirectory().getFileName()).hasToString("index-2");
      assertThat(find(reopened, "escrow")).containsExactly("D-new");
      assertThat(reopened.appliedPosition()).isEqualTo(7);
    }
  }

  @Test
  void aDiscardedRebuildLeavesTheOldIndexCurrentAndIsDeleted() {
    try (PrecedentIndexes indexes = new PrecedentIndexes(properties())) {
      write(indexes.current(), Precedents.deal("D-old").contract("Escrow.").build());
      PrecedentIndex rebuilt = indexes.openNext();
      rebuilt.upsert(Precedents.deal("D-new").contract("Escrow.").build());

      indexes.discard(rebuilt);

      assertThat(find(indexes, "escrow")).containsExactly("D-old");
      assertThat(root.resolve("index-2")).doesNotExist();
      assertThat(root.resolve("index-1")).isDirectory();
    }
  }

  @Test
  void aHalfBuiltIndexLeftByACrashIsDeletedAtStartup() throws IOException {
    new PrecedentIndexes(properties()).close();
    Path leftover = root.resolve("index-2");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("_0.cfs"), "half written");

    try (PrecedentIndexes indexes = new PrecedentIndexes(properties())) {
      assertThat(leftover).doesNotExist();
      assertThat(indexes.currentDirectory().getFileName()).hasToString("index-1");
    }
  }

  @Test
  void anIndexInTheDirectoryItselfIsMovedIntoTheFirstGeneration() {
    try (PrecedentIndex flat = new PrecedentIndex(FSDirectory.open(root), properties())) {
      flat.upsert(Precedents.deal("D-flat").contract("Escrow.").build());
      flat.markApplied(3);
    } catch (IOException e) {
      throw new AssertionError(e);
    }

    try (PrecedentIndexes indexes = new PrecedentIndexes(properties())) {
      assertThat(find(indexes, "escrow")).containsExactly("D-flat");
      assertThat(indexes.appliedPosition()).isEqualTo(3);
      assertThat(root.resolve("current")).hasContent("index-1");
    }
  }

  @Test
  void aClosedOldIndexAnswersNoMoreButTheHolderDoes() {
    try (PrecedentIndexes indexes = new PrecedentIndexes(properties())) {
      PrecedentIndex old = indexes.current();
      PrecedentIndex rebuilt = indexes.openNext();
      write(rebuilt, Precedents.deal("D-new").contract("Escrow.").build());
      indexes.makeCurrent(rebuilt);

      assertThatThrownBy(
              () -> old.search(new PrecedentQuery("escrow", Precedents.LEGAL, 10)).hits())
          .isInstanceOf(IllegalStateException.class);
      assertThat(find(indexes, "escrow")).containsExactly("D-new");
    }
  }
}
