package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import dev.signoff.search.corpus.SyntheticDeals;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Similar clauses finds its candidates by a clause's most distinctive words and scores them by all
 * of them: over a corpus where those words are shared by many more clauses than it scores, the
 * clauses it finds must be the ones that scoring every clause by all words finds.
 */
class SimilarClausesFirstPassTest {

  private static final Set<String> READERS = Set.of("group:legal");
  private static final int CORPUS = 400;
  private static final int LIMIT = 10;

  @Test
  void findsNearlyTheSameClausesAsScoringEveryClauseByAllWords(@TempDir Path indexPath)
      throws IOException {
    SyntheticDeals generator = new SyntheticDeals(20261128L);
    try (PrecedentIndex index =
        new PrecedentIndex(FSDirectory.open(indexPath), SearchProperties.defaults())) {
      for (long n = 0; n < CORPUS; n++) {
        index.upsert(document(generator.deal(n)));
      }
      index.commit();
    }
    PrecedentSearch search =
        new PrecedentSearch(PrecedentAnalysis.indexAnalyzer(), PrecedentAnalysis.queryAnalyzer());
    try (Directory directory = FSDirectory.open(indexPath);
        DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      int samples = 0;
      int beyondTheWindow = 0;
      int same = 0;
      int sameFirst = 0;
      for (long n = CORPUS; samples < 40; n++) {
        SyntheticDeal deal = generator.deal(n);
        for (SyntheticClause clause : deal.clauses()) {
          if (samples == 40 || clause.text().length() < 120) {
            continue;
          }
          SimilarClauseQuery query =
              new SimilarClauseQuery(clause.heading(), clause.text(), READERS, deal.id(), LIMIT);
          int candidates =
              searcher.count(
                  search.similarClauseCandidates(
                      searcher, query, PrecedentSearch.SIMILAR_FIRST_PASS_TERMS));
          beyondTheWindow += candidates > PrecedentSearch.SIMILAR_FIRST_PASS_WINDOW ? 1 : 0;
          List<String> twoPasses = keys(search.similarClauses(searcher, query));
          List<String> allWords =
              keys(search.similarClauses(searcher, query, PrecedentSearch.MLT_MAX_QUERY_TERMS));
          assertThat(twoPasses).hasSize(LIMIT).hasSameSizeAs(allWords);
          Set<String> common = new HashSet<>(twoPasses);
          common.retainAll(allWords);
          same += common.size();
          sameFirst += twoPasses.get(0).equals(allWords.get(0)) ? 1 : 0;
          samples++;
        }
      }
      assertThat(samples).isEqualTo(40);
      // Most clauses have more candidates than the second pass scores: the window is tested.
      assertThat(beyondTheWindow).isGreaterThan(samples / 2);
      // The same ten for nearly every clause (scoring only the first pass's best 50 again finds
      // 394 of these 400), and always the same most similar one.
      assertThat(same).isGreaterThanOrEqualTo(samples * LIMIT * 99 / 100);
      assertThat(sameFirst).isEqualTo(samples);
    }
  }

  private static List<String> keys(List<PrecedentHit> hits) {
    List<String> keys = new ArrayList<>();
    for (PrecedentHit hit : hits) {
      keys.add(hit.dealId() + " " + hit.clause().number());
    }
    return keys;
  }

  private static PrecedentDocument document(SyntheticDeal deal) {
    List<PrecedentClause> clauses = new ArrayList<>();
    for (SyntheticClause clause : deal.clauses()) {
      clauses.add(
          new PrecedentClause(
              clause.number(),
              clause.heading(),
              clause.text(),
              clause.sectionOwner(),
              deal.decisions().get(clause.sectionOwner())));
    }
    return new PrecedentDocument(
        deal.id(),
        deal.title(),
        deal.vendor(),
        deal.models(),
        deal.hostingModel(),
        deal.useCase(),
        deal.riskTier(),
        deal.outcome(),
        deal.contractText(),
        deal.decidedAt(),
        READERS,
        clauses);
  }
}
