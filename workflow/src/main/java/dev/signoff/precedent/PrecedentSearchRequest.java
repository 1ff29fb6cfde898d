package dev.signoff.precedent;

import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A precedent search as a person or a script asks for it; the service adds who is asking.
 *
 * @param text query syntax as in {@link dev.signoff.search.PrecedentQuery#text()}; may be blank
 * @param page the previous page's {@code nextPage}, or null for the first page
 * @param limit hits per page, capped at {@link PrecedentService#MAX_HITS}
 * @param histogram the numeric term whose distribution across the hits is wanted, or null
 */
public record PrecedentSearchRequest(
    String text,
    Granularity granularity,
    Map<PrecedentFacet, Set<String>> filters,
    List<TermRange> ranges,
    PrecedentSort sort,
    String page,
    int limit,
    TermField histogram) {

  public PrecedentSearchRequest {
    filters = filters == null ? Map.of() : Map.copyOf(filters);
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
  }
}
