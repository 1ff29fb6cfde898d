package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Repeated searches answered from the answers kept for the current view of the index. */
class SearcherResultsTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  @Test
  void aRepeatedSearchIsAnsweredWithoutRunningItAgain() {
    try (PrecedentIndex index = open(SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES)) {
      index.awaitSearchable(index.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      PrecedentQuery query = PrecedentQuery.clauses("escrow", LEGAL, 10);

      PrecedentResults first = index.search(query);
      PrecedentResults second = index.search(PrecedentQuery.clauses("escrow", LEGAL, 10));

      assertThat(second).isEqualTo(first);
      assertThat(second.hits()).extracting(PrecedentHit::dealId).containsExactly("D-1");
      assertThat(index.cacheStatistics()).isEqualTo(new SearchCacheStatistics(1, 1));
    }
  }

  @Test
  void aChangeToTheIndexIsSeenByTheNextSearch() {
    try (PrecedentIndex index = open(SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES)) {
      index.awaitSearchable(index.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      PrecedentQuery query = PrecedentQuery.clauses("escrow", LEGAL, 10);
      assertThat(index.search(query).total()).isEqualTo(1);
      SimilarClauseQuery similar =
          new SimilarClauseQuery(
              "Escrow", "Source code escrow with a named agent.", LEGAL, null, 5);
      assertThat(index.similarClauses(similar)).extracting(PrecedentHit::dealId).contains("D-1");

      index.awaitSearchable(index.upsert(escrowDeal("D-2", LEGAL)), AWAIT);

      assertThat(index.search(query).hits())
          .extracting(PrecedentHit::dealId)
          .containsExactlyInAnyOrder("D-1", "D-2");
      assertThat(index.similarClauses(similar))
          .extracting(PrecedentHit::dealId)
          .contains("D-1", "D-2");

      index.awaitSearchable(index.delete("D-1"), AWAIT);

      assertThat(index.search(query).hits())
          .extracting(PrecedentHit::dealId)
          .containsExactly("D-2");
      assertThat(index.cacheStatistics().found()).isZero();
    }
  }

  @Test
  void anAnswerKeptForOneCallerIsNotGivenToACallerWithOtherReaders() {
    try (PrecedentIndex index = open(SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES)) {
      index.awaitSearchable(index.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      Set<String> outsider = Set.of("user:mallory", "group:engineering");

      assertThat(index.search(PrecedentQuery.clauses("escrow", LEGAL, 10)).total()).isEqualTo(1);
      PrecedentResults forOutsider = index.search(PrecedentQuery.clauses("escrow", outsider, 10));
      assertThat(forOutsider.total()).isZero();
      assertThat(forOutsider.hits()).isEmpty();
      assertThat(forOutsider.facets().values()).allSatisfy(counts -> assertThat(counts).isEmpty());
      assertThat(
              index.similarClauses(
                  new SimilarClauseQuery("Escrow", "Source code escrow.", outsider, null, 5)))
          .isEmpty();
      assertThat(index.cacheStatistics().found()).isZero();
    }
  }

  @Test
  void queriesDifferingInAnythingThatChangesTheAnswerDoNotShareOne() {
    try (PrecedentIndex index = open(SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES)) {
      index.awaitSearchable(index.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      index.awaitSearchable(index.upsert(escrowDeal("D-2", LEGAL)), AWAIT);

      PrecedentResults one = index.search(PrecedentQuery.clauses("escrow", LEGAL, 1));
      PrecedentResults two = index.search(PrecedentQuery.clauses("escrow", LEGAL, 2));
      PrecedentResults secondPage =
          index.search(
              new PrecedentQuery(
                  "escrow", LEGAL, Granularity.CLAUSE, null, null, null, one.nextPage(), 1, null));
      PrecedentResults deals = index.search(PrecedentQuery.deals("escrow", LEGAL, 2));

      assertThat(one.hits()).hasSize(1);
      assertThat(two.hits()).hasSize(2);
      assertThat(secondPage.hits()).hasSize(1).doesNotContainAnyElementsOf(one.hits());
      assertThat(deals.hits()).allSatisfy(hit -> assertThat(hit.clause()).isNull());
      assertThat(index.cacheStatistics()).isEqualTo(new SearchCacheStatistics(0, 4));
    }
  }

  @Test
  void changingTheCallersFilterSetsAfterwardsChangesNoKeptQuery() {
    Set<String> vendors = new HashSet<>(Set.of("Northwind AI"));
    Map<PrecedentFacet, Set<String>> filters = new EnumMap<>(PrecedentFacet.class);
    filters.put(PrecedentFacet.VENDOR, vendors);
    PrecedentQuery query =
        new PrecedentQuery(
            "escrow", LEGAL, Granularity.CLAUSE, filters, null, null, null, 10, null);
    PrecedentQuery same =
        new PrecedentQuery(
            "escrow", LEGAL, Granularity.CLAUSE, filters, null, null, null, 10, null);

    vendors.add("Contoso Models");
    filters.put(PrecedentFacet.OUTCOME, Set.of());

    assertThat(query).isEqualTo(same);
    assertThat(query.filters()).isEqualTo(Map.of(PrecedentFacet.VENDOR, Set.of("Northwind AI")));
  }

  @Test
  void noAnswerIsKeptWithACapacityOfZeroAndTheLeastRecentlyUsedGoesFirst() {
    try (PrecedentIndex none = open(0)) {
      none.awaitSearchable(none.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      none.search(PrecedentQuery.clauses("escrow", LEGAL, 10));
      none.search(PrecedentQuery.clauses("escrow", LEGAL, 10));
      assertThat(none.cacheStatistics()).isEqualTo(new SearchCacheStatistics(0, 2));
    }
    try (PrecedentIndex two = open(2)) {
      two.awaitSearchable(two.upsert(escrowDeal("D-1", LEGAL)), AWAIT);
      for (String text : List.of("escrow", "agent", "escrow", "weights", "agent", "escrow")) {
        two.search(PrecedentQuery.clauses(text, LEGAL, 10));
      }
      // escrow, agent computed; escrow kept; weights pushes out agent; agent computed again
      // (pushing out escrow); escrow computed again.
      assertThat(two.cacheStatistics()).isEqualTo(new SearchCacheStatistics(1, 5));
    }
    assertThatThrownBy(() -> new SearchProperties(null, null, null, null, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resultCacheEntries must not be negative, was -1");
  }

  @Test
  void anAnswerComputedOnAnOlderViewThanTheNewestIsNotKept() throws IOException {
    SearcherResults results = new SearcherResults(8);
    AtomicInteger runs = new AtomicInteger();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      writer.addDocument(document("1"));
      DirectoryReader older = DirectoryReader.open(writer);
      writer.addDocument(document("2"));
      DirectoryReader newer = DirectoryReader.openIfChanged(older, writer);
      try {
        IndexSearcher olderSearcher = new IndexSearcher(older);
        IndexSearcher newerSearcher = new IndexSearcher(newer);

        assertThat(results.get(newerSearcher, "count", counted(runs, 2))).isEqualTo(2);
        assertThat(results.get(olderSearcher, "count", counted(runs, 1))).isEqualTo(1);
        assertThat(results.get(olderSearcher, "count", counted(runs, 1))).isEqualTo(1);
        assertThat(results.get(newerSearcher, "count", counted(runs, 2))).isEqualTo(2);

        assertThat(runs).hasValue(3);
        assertThat(results.statistics()).isEqualTo(new SearchCacheStatistics(1, 3));
      } finally {
        older.close();
        newer.close();
      }
    }
  }

  /** An answer that counts how often it was computed. */
  private static SearcherResults.Computation<Integer> counted(AtomicInteger runs, int answer) {
    return () -> {
      runs.incrementAndGet();
      return answer;
    };
  }

  private static Document document(String id) {
    Document document = new Document();
    document.add(new StringField("id", id, Field.Store.NO));
    return document;
  }

  private static PrecedentDocument escrowDeal(String dealId, Set<String> readers) {
    return deal(dealId)
        .readers(readers.toArray(String[]::new))
        .contract("Source code and model weights are held in escrow by an agent.")
        .clause("Escrow", "Source code and model weights are held in escrow by a named agent.")
        .build();
  }

  private static PrecedentIndex open(int resultCacheEntries) {
    return new PrecedentIndex(
        new ByteBuffersDirectory(),
        new SearchProperties(null, null, null, null, resultCacheEntries));
  }
}
