package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search for precedents on behalf of one caller.
 *
 * @param text the user's query in classic Lucene syntax: words, {@code "quoted phrases"}, {@code
 *     "phrase"~3} proximity, {@code field:value}, {@code OR}, {@code -excluded}, {@code prefix*};
 *     blank matches everything the filters let through
 * @param readers the caller's principals ({@code "user:<name>"}, {@code "group:<g>"} ...); a hit is
 *     returned only when one of the document's readers matches
 * @param granularity whether hits are clauses or deals
 * @param filters selected facet values: any value of one facet, all facets
 * @param ranges numeric term ranges a clause must fall into (clause granularity; for deals, a deal
 *     matches when one of its clauses does)
 * @param sort the order of the hits
 * @param page the {@link PrecedentResults#nextPage()} of the previous page, or null for the first
 * @param limit the most hits wanted on this page; larger values are capped by the index
 * @param histogram the numeric term whose distribution across all hits is wanted, or null
 */
public record PrecedentQuery(
    String text,
    Set<String> readers,
    Granularity granularity,
    Map<PrecedentFacet, Set<String>> filters,
    List<TermRange> ranges,
    PrecedentSort sort,
    String page,
    int limit,
    TermField histogram) {

  public PrecedentQuery {
    text = text == null ? "" : text;
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
    granularity = granularity == null ? Granularity.CLAUSE : granularity;
    filters = filters == null ? Map.of() : copyOfFilters(filters);
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
    sort = sort == null ? PrecedentSort.RELEVANCE : sort;
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }

  /** A plain deal-level search: the text, relevance order, first page. */
  public PrecedentQuery(String text, Set<String> readers, int limit) {
    this(text, readers, Granularity.DEAL, null, null, null, null, limit, null);
  }

  /** A plain deal-level search: the text, newest-first ties, first page. */
  public static PrecedentQuery deals(String text, Set<String> readers, int limit) {
    return new PrecedentQuery(text, readers, Granularity.DEAL, null, null, null, null, limit, null);
  }

  /** A plain clause-level search: the text, first page. */
  public static PrecedentQuery clauses(String text, Set<String> readers, int limit) {
    return new PrecedentQuery(
        text, readers, Granularity.CLAUSE, null, null, null, null, limit, null);
  }

  /** Deeply immutable, so that equal queries stay equal (and may share an answer). */
  private static Map<PrecedentFacet, Set<String>> copyOfFilters(
      Map<PrecedentFacet, Set<String>> filters) {
    Map<PrecedentFacet, Set<String>> copy = new EnumMap<>(PrecedentFacet.class);
    filters.forEach(
        (facet, values) -> {
          if (facet != null && values != null && !values.isEmpty()) {
            copy.put(facet, Set.copyOf(values));
          }
        });
    return Map.copyOf(copy);
  }
}
