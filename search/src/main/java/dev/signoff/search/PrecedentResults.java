package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One page of a precedent search with the counts over all its hits.
 *
 * @param total how many hits the search has in all, across every page
 * @param hits this page's hits in the requested order
 * @param facets for each facet, the values among all hits with their counts, most frequent first
 *     (facets the granularity does not have are absent); counted with the filters of the other
 *     facets applied but not the facet's own, so a selected value's alternatives stay visible
 * @param ranges for each numeric term present among the hits, its lowest and highest value, which
 *     is where a range slider for it starts and ends
 * @param histogram the distribution asked for, or null
 * @param nextPage passes to {@link PrecedentQuery#page()} for the next page; null on the last page
 */
public record PrecedentResults(
    long total,
    List<PrecedentHit> hits,
    Map<PrecedentFacet, List<FacetCount>> facets,
    Map<TermField, ValueRange> ranges,
    Histogram histogram,
    String nextPage) {

  public PrecedentResults {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
    ranges = Map.copyOf(ranges);
  }

  /** The lowest and highest value of a numeric term among the hits. */
  public record ValueRange(BigDecimal min, BigDecimal max) {}
}
