package dev.signoff.precedent;

import dev.signoff.search.PrecedentHit;
import java.util.List;

/**
 * A clause of a past deal worded like a clause under review, with what its reviewers said.
 *
 * @param hit the clause-level hit: the other deal, its outcome, the clause and its terms
 * @param comments the comments on that clause in the other deal that the caller may read, oldest
 *     first
 */
public record SimilarClause(PrecedentHit hit, List<PastComment> comments) {

  public SimilarClause {
    comments = List.copyOf(comments);
  }
}
