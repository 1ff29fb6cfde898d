package dev.signoff.precedent;

import dev.signoff.identity.CurrentCaller;
import dev.signoff.search.PrecedentHit;
import dev.signoff.search.PrecedentIndexes;
import dev.signoff.search.PrecedentQuery;
import dev.signoff.search.PrecedentResults;
import java.io.Writer;
import java.util.List;
import java.util.UUID;
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

  PrecedentService(PrecedentIndexes index) {
    this.index = index;
  }

  /**
   * Full-text search over decided deals (title, vendor, models, use case, contract text), with
   * phrase and field syntax; matches are highlighted in the fragments.
   *
   * @throws dev.signoff.search.PrecedentQueryException when the query is blank or malformed
   */
  @PreAuthorize("isAuthenticated()")
  public List<PrecedentHit> search(String query, int limit) {
    int bounded = Math.max(1, Math.min(limit, MAX_HITS));
    return index
        .search(new PrecedentQuery(query, CurrentCaller.get().principals(), bounded))
        .hits();
  }

  /**
   * Clause- or deal-level search with facet counts, numeric ranges, an optional histogram and
   * pages; only deals the caller may see are searched.
   *
   * @throws dev.signoff.search.PrecedentQueryException when the query is malformed
   */
  @PreAuthorize("isAuthenticated()")
  public PrecedentResults search(PrecedentSearchRequest request) {
    throw new UnsupportedOperationException("faceted search: in progress");
  }

  /**
   * Writes every hit of the search (up to {@link #MAX_EXPORT_ROWS}) as CSV: deal, vendor, outcome,
   * decided, clause, clause types, section decision, each numeric term, fragment text.
   */
  @PreAuthorize("isAuthenticated()")
  public void exportCsv(PrecedentSearchRequest request, Writer out) {
    throw new UnsupportedOperationException("CSV export: in progress");
  }

  /**
   * Clauses of past deals worded like clause {@code clausePosition} (index in the clause list of
   * the deal's current contract version) of a deal the caller may see, with the comments the other
   * deals' reviewers made on them.
   *
   * @throws dev.signoff.deal.DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public List<SimilarClause> similarClauses(UUID dealId, int clausePosition, int limit) {
    throw new UnsupportedOperationException("similar clauses: in progress");
  }

  /**
   * Past deals like a deal the caller may see, by deal sheet and contract text.
   *
   * @throws dev.signoff.deal.DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public List<PrecedentHit> similarDeals(UUID dealId, int limit) {
    throw new UnsupportedOperationException("similar deals: in progress");
  }
}
