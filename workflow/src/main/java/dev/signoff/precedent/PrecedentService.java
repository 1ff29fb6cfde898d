package dev.signoff.precedent;

import dev.signoff.identity.CurrentCaller;
import dev.signoff.search.PrecedentHit;
import dev.signoff.search.PrecedentIndexes;
import dev.signoff.search.PrecedentQuery;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Searches past deals, returning only those the caller may see. */
@Service
public class PrecedentService {

  /** Largest number of hits one search returns. */
  public static final int MAX_HITS = 100;

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
    return index.search(new PrecedentQuery(query, CurrentCaller.get().principals(), bounded));
  }
}
