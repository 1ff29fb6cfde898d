package dev.signoff.precedent;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.problem.SignoffProblem;
import dev.signoff.search.PrecedentHit;
import dev.signoff.search.PrecedentIndexes;
import dev.signoff.search.PrecedentQuery;
import dev.signoff.search.PrecedentResults;
import dev.signoff.search.SimilarClauseQuery;
import dev.signoff.search.SimilarDealQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Searches past deals, returning only those the caller may see. */
@Service
public class PrecedentService {

  /** Largest number of hits one search returns. */
  public static final int MAX_HITS = 100;

  /** Largest number of rows one CSV export holds. */
  public static final int MAX_EXPORT_ROWS = 10_000;

  private final PrecedentIndexes index;
  private final DealService deals;
  private final PastComments pastComments;

  PrecedentService(PrecedentIndexes index, DealService deals, PastComments pastComments) {
    this.index = index;
    this.deals = deals;
    this.pastComments = pastComments;
  }

  /**
   * Full-text search over decided deals (title, vendor, models, use case, contract text), with
   * phrase and field syntax; matches are highlighted in the fragments.
   *
   * @throws dev.signoff.search.PrecedentQueryException when the query is blank or malformed
   */
  @PreAuthorize("isAuthenticated()")
  public List<PrecedentHit> search(String query, int limit) {
    if (query == null || query.isBlank()) {
      throw new dev.signoff.search.PrecedentQueryException("Enter words to search for.");
    }
    return index.search(new PrecedentQuery(query, principals(), bounded(limit))).hits();
  }

  /**
   * Clause- or deal-level search with facet counts, numeric ranges, an optional histogram and
   * pages; only deals the caller may see are searched.
   *
   * @throws dev.signoff.search.PrecedentQueryException when the query is malformed
   */
  @PreAuthorize("isAuthenticated()")
  public PrecedentResults search(PrecedentSearchRequest request) {
    return index.search(query(request, principals(), request.page(), bounded(request.limit())));
  }

  /**
   * Writes every hit of the search (up to {@link #MAX_EXPORT_ROWS}) as CSV: deal, vendor, outcome,
   * decided, clause, clause types, section decision, each numeric term, fragment text. The
   * request's page and limit are ignored: the export starts at the first hit. Nothing is written
   * when the search itself fails.
   *
   * @throws dev.signoff.search.PrecedentQueryException when the query is malformed
   */
  @PreAuthorize("isAuthenticated()")
  public void exportCsv(PrecedentSearchRequest request, Writer out) {
    Set<String> readers = principals();
    PrecedentSearchRequest rows =
        new PrecedentSearchRequest(
            request.text(),
            request.granularity(),
            request.filters(),
            request.ranges(),
            request.sort(),
            null,
            MAX_HITS,
            null);
    PrecedentResults page = index.search(query(rows, readers, null, MAX_HITS));
    try {
      PrecedentCsv csv = new PrecedentCsv(out);
      csv.header();
      int written = 0;
      while (true) {
        for (PrecedentHit hit : page.hits()) {
          if (written == MAX_EXPORT_ROWS) {
            out.flush();
            return;
          }
          csv.row(hit);
          written++;
        }
        if (page.nextPage() == null || page.hits().isEmpty()) {
          out.flush();
          return;
        }
        page = index.search(query(rows, readers, page.nextPage(), MAX_HITS));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the precedent export", e);
    }
  }

  /**
   * Clauses of past deals worded like clause {@code clausePosition} (index in the clause list of
   * the deal's current contract version) of a deal the caller may see, with the comments the other
   * deals' reviewers made on them.
   *
   * @throws dev.signoff.deal.DealNotFound when the deal does not exist or the caller may not see it
   * @throws SignoffProblem 400 when the deal's contract has no clause at that position
   */
  @PreAuthorize("isAuthenticated()")
  public List<SimilarClause> similarClauses(UUID dealId, int clausePosition, int limit) {
    List<Clause> clauses = ClauseSegmenter.segment(deals.contractText(dealId));
    if (clausePosition < 0 || clausePosition >= clauses.size()) {
      throw new SignoffProblem(
          HttpStatus.BAD_REQUEST,
          "Invalid clause",
          "The deal's current contract has clauses 0 to "
              + (clauses.size() - 1)
              + "; there is no clause "
              + clausePosition
              + ".");
    }
    Clause clause = clauses.get(clausePosition);
    List<PrecedentHit> hits =
        index.similarClauses(
            new SimilarClauseQuery(
                clause.heading(), clause.text(), principals(), dealId.toString(), bounded(limit)));
    return pastComments.attach(hits);
  }

  /**
   * Past deals like a deal the caller may see, by deal sheet and contract text.
   *
   * @throws dev.signoff.deal.DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public List<PrecedentHit> similarDeals(UUID dealId, int limit) {
    DealDetails deal = deals.get(dealId);
    return index.similarDeals(
        new SimilarDealQuery(
            deal.title(),
            deal.vendor(),
            deal.models(),
            deal.hostingModel().name(),
            deal.riskTier() == null ? null : deal.riskTier().name(),
            deal.useCase(),
            deals.contractText(dealId),
            principals(),
            dealId.toString(),
            bounded(limit)));
  }

  private static PrecedentQuery query(
      PrecedentSearchRequest request, Set<String> readers, String page, int limit) {
    return new PrecedentQuery(
        request.text(),
        readers,
        request.granularity(),
        request.filters(),
        request.ranges(),
        request.sort(),
        page,
        limit,
        request.histogram());
  }

  private static Set<String> principals() {
    return CurrentCaller.get().principals();
  }

  private static int bounded(int limit) {
    return Math.max(1, Math.min(limit, MAX_HITS));
  }
}
