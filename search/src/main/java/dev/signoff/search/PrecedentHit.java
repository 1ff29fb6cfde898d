package dev.signoff.search;

import java.time.Instant;
import java.util.List;

/**
 * One precedent found by a search, built from the index alone.
 *
 * @param score how well the hit matches, comparable within one result list only; 0 when the hits
 *     are ordered by time rather than relevance
 * @param clause the clause that matched, for a clause-level hit; null for a deal-level hit
 * @param fragments HTML-safe excerpts: the text is escaped and the matches are wrapped in {@code
 *     <mark>…</mark>}; when the text itself did not match, its opening lines, escaped and unmarked
 */
public record PrecedentHit(
    String dealId,
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String riskTier,
    String outcome,
    Instant decidedAt,
    float score,
    ClauseHit clause,
    List<String> fragments) {

  public PrecedentHit {
    models = List.copyOf(models);
    fragments = List.copyOf(fragments);
  }
}
