package dev.signoff.bench;

import dev.signoff.search.PrecedentClause;
import dev.signoff.search.PrecedentDocument;
import dev.signoff.search.PrecedentIndex;
import dev.signoff.search.corpus.SyntheticDeal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A full rebuild of the precedent index from the database: deals and their clauses are read in deal
 * order through two streaming cursors, turned into {@link PrecedentDocument}s and indexed by as
 * many threads as there are cores, then committed and made searchable.
 */
final class SignoffRebuild {

  private static final PrecedentDocument END =
      new PrecedentDocument(
          "-", "", "", List.of(), "", "", "", "", "", java.time.Instant.EPOCH, Set.of(), List.of());

  private SignoffRebuild() {}

  /**
   * Reads every deal and indexes it.
   *
   * @return the number of deals indexed
   */
  static long run(
      Connection dealsConnection, Connection clausesConnection, PrecedentIndex index, int threads)
      throws Exception {
    BlockingQueue<PrecedentDocument> queue = new ArrayBlockingQueue<>(256);
    AtomicLong lastGeneration = new AtomicLong();
    ExecutorService indexers = Executors.newFixedThreadPool(threads);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      running.add(
          indexers.submit(
              () -> {
                while (true) {
                  PrecedentDocument document = queue.take();
                  if (document == END) {
                    return null;
                  }
                  lastGeneration.accumulateAndGet(index.upsert(document), Math::max);
                }
              }));
    }
    long deals = 0;
    try {
      deals = read(dealsConnection, clausesConnection, queue, running);
    } finally {
      for (int i = 0; i < threads; i++) {
        offerEnd(queue, running);
      }
      indexers.shutdown();
      if (!indexers.awaitTermination(10, TimeUnit.MINUTES)) {
        indexers.shutdownNow();
        throw new IllegalStateException("Indexing did not finish within 10 minutes");
      }
    }
    for (Future<?> indexer : running) {
      indexer.get();
    }
    index.commit();
    index.awaitSearchable(lastGeneration.get(), Duration.ofMinutes(2));
    return deals;
  }

  private static long read(
      Connection dealsConnection,
      Connection clausesConnection,
      BlockingQueue<PrecedentDocument> queue,
      List<Future<?>> indexers)
      throws Exception {
    dealsConnection.setAutoCommit(false);
    clausesConnection.setAutoCommit(false);
    long deals = 0;
    try (PreparedStatement dealQuery =
            dealsConnection.prepareStatement(
                "SELECT d.deal_no, d.deal_id, d.title, d.vendor, d.models, d.hosting_model,"
                    + " d.use_case, d.risk_tier, d.outcome, d.contract_text, d.decided_at, (SELECT"
                    + " array_agg(r.principal) FROM bench.deal_readers r WHERE r.deal_no ="
                    + " d.deal_no) AS readers FROM bench.deals d ORDER BY d.deal_no");
        PreparedStatement clauseQuery =
            clausesConnection.prepareStatement(
                "SELECT deal_no, number, heading, text, section_owner, section_decision FROM"
                    + " bench.clauses ORDER BY deal_no, position")) {
      dealQuery.setFetchSize(500);
      clauseQuery.setFetchSize(10_000);
      try (ResultSet dealRows = dealQuery.executeQuery();
          ResultSet clauseRows = clauseQuery.executeQuery()) {
        boolean moreClauses = clauseRows.next();
        while (dealRows.next()) {
          long dealNumber = dealRows.getLong("deal_no");
          List<PrecedentClause> clauses = new ArrayList<>(24);
          while (moreClauses && clauseRows.getLong(1) < dealNumber) {
            moreClauses = clauseRows.next();
          }
          while (moreClauses && clauseRows.getLong(1) == dealNumber) {
            clauses.add(
                new PrecedentClause(
                    clauseRows.getString(2),
                    clauseRows.getString(3),
                    clauseRows.getString(4),
                    group(clauseRows.getString(5)),
                    clauseRows.getString(6)));
            moreClauses = clauseRows.next();
          }
          PrecedentDocument document =
              new PrecedentDocument(
                  dealRows.getString("deal_id"),
                  dealRows.getString("title"),
                  dealRows.getString("vendor"),
                  strings(dealRows.getArray("models")),
                  dealRows.getString("hosting_model"),
                  dealRows.getString("use_case"),
                  dealRows.getString("risk_tier"),
                  dealRows.getString("outcome"),
                  dealRows.getString("contract_text"),
                  dealRows.getTimestamp("decided_at").toInstant(),
                  Set.copyOf(strings(dealRows.getArray("readers"))),
                  clauses);
          while (!queue.offer(document, 1, TimeUnit.SECONDS)) {
            failIfAnyFailed(indexers);
          }
          deals++;
        }
      }
    } finally {
      dealsConnection.rollback();
      clausesConnection.rollback();
    }
    return deals;
  }

  /**
   * The document of generated deal number {@code n} as the rebuild makes it from its rows, for a
   * deal signed while searches run.
   */
  static PrecedentDocument document(SyntheticDeal deal, long n) {
    List<PrecedentClause> clauses = new ArrayList<>(deal.clauses().size());
    for (SyntheticDeal.SyntheticClause clause : deal.clauses()) {
      clauses.add(
          new PrecedentClause(
              clause.number(),
              clause.heading(),
              clause.text(),
              group(clause.sectionOwner()),
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
        Set.copyOf(Readers.of(n)),
        clauses);
  }

  /** The review group as the index names it: the security and privacy group is "security". */
  private static String group(String owner) {
    return "security-privacy".equals(owner) ? "security" : owner;
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return List.of((String[]) array.getArray());
  }

  private static void offerEnd(BlockingQueue<PrecedentDocument> queue, List<Future<?>> indexers)
      throws InterruptedException {
    while (!queue.offer(END, 1, TimeUnit.SECONDS)) {
      if (indexers.stream().allMatch(Future::isDone)) {
        return;
      }
    }
  }

  private static void failIfAnyFailed(List<Future<?>> indexers) throws Exception {
    for (Future<?> indexer : indexers) {
      if (indexer.isDone()) {
        indexer.get();
        throw new IllegalStateException("An indexing thread stopped early");
      }
    }
  }
}
