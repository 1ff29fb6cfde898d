package dev.signoff.search;

import java.time.Instant;
import java.util.List;

/**
 * One precedent found by a search, built from the index alone.
 *
 * @param fragments HTML-safe excerpts of the contract text: the text is escaped and the matches are
 *     wrapped in {@code <mark>…</mark>}; when the contract text itself did not match, its opening
 *     lines, escaped and unmarked
 */
public record PrecedentHit(
    String dealId,
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String outcome,
    Instant decidedAt,
    float score,
    List<String> fragments) {

  public PrecedentHit {
    models = List.copyOf(models);
    fragments = List.copyOf(fragments);
  }
}
