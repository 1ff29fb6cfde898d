package dev.signoff.ui;

import dev.signoff.precedent.PrecedentSearchRequest;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything a precedent search on screen consists of, kept in the address's query parameters so
 * that a search can be bookmarked and Back returns to the previous one. Parameters: {@code q} the
 * text, {@code level=deals} for deal hits, {@code sort}, one parameter per facet with its selected
 * values (e.g. {@code clause-type=LIABILITY_CAP}), one per numeric term as {@code min..max} (e.g.
 * {@code breach-notification-hours=24..72}, either end may be left out), {@code histogram} and one
 * {@code page} per page turned, holding the cursors from the second page to the one shown.
 *
 * @param pages the cursors of the pages turned so far; the last one is the page shown, none for the
 *     first page
 */
record PrecedentSearchState(
    String text,
    Granularity granularity,
    Map<PrecedentFacet, Set<String>> filters,
    Map<TermField, TermRange> ranges,
    PrecedentSort sort,
    List<String> pages,
    TermField histogram) {

  /** Hits per page. */
  static final int PAGE_SIZE = 20;

  private static final String TEXT = "q";
  private static final String LEVEL = "level";
  private static final String SORT = "sort";
  private static final String PAGE = "page";
  private static final String HISTOGRAM = "histogram";
  private static final String RANGE_SEPARATOR = "..";

  PrecedentSearchState {
    text = text == null ? "" : text;
    granularity = granularity == null ? Granularity.CLAUSE : granularity;
    Map<PrecedentFacet, Set<String>> kept = new EnumMap<>(PrecedentFacet.class);
    filters.forEach(
        (facet, values) -> {
          if (!values.isEmpty()) {
            kept.put(facet, Set.copyOf(values));
          }
        });
    filters = Map.copyOf(kept);
    ranges = Map.copyOf(ranges);
    sort = sort == null ? PrecedentSort.RELEVANCE : sort;
    pages = List.copyOf(pages);
  }

  /** The search of a first visit: every clause of every past deal, best first. */
  static PrecedentSearchState initial() {
    return new PrecedentSearchState("", null, Map.of(), Map.of(), null, List.of(), null);
  }

  /** The state the query parameters describe; parameters it cannot read are left out. */
  static PrecedentSearchState fromParameters(Map<String, List<String>> parameters) {
    String text = first(parameters, TEXT);
    Granularity granularity =
        "deals".equals(first(parameters, LEVEL)) ? Granularity.DEAL : Granularity.CLAUSE;
    PrecedentSort sort = enumOrNull(PrecedentSort.class, first(parameters, SORT));
    TermField histogram = numericOrNull(enumOrNull(TermField.class, first(parameters, HISTOGRAM)));
    Map<PrecedentFacet, Set<String>> filters = new EnumMap<>(PrecedentFacet.class);
    for (PrecedentFacet facet : PrecedentFacet.values()) {
      List<String> values = parameters.getOrDefault(parameterName(facet), List.of());
      if (!values.isEmpty()) {
        filters.put(facet, new LinkedHashSet<>(values));
      }
    }
    Map<TermField, TermRange> ranges = new EnumMap<>(TermField.class);
    for (TermField field : TermField.values()) {
      String value = first(parameters, parameterName(field));
      if (value != null && isNumeric(field)) {
        TermRange range = rangeOrNull(field, value);
        if (range != null) {
          ranges.put(field, range);
        }
      }
    }
    List<String> pages =
        parameters.getOrDefault(PAGE, List.of()).stream().filter(p -> !p.isBlank()).toList();
    return new PrecedentSearchState(text, granularity, filters, ranges, sort, pages, histogram);
  }

  /** The query parameters that describe this state, in a stable order. */
  Map<String, List<String>> toParameters() {
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    if (!text.isBlank()) {
      parameters.put(TEXT, List.of(text));
    }
    if (granularity == Granularity.DEAL) {
      parameters.put(LEVEL, List.of("deals"));
    }
    if (sort != PrecedentSort.RELEVANCE) {
      parameters.put(SORT, List.of(sort.name().toLowerCase(Locale.ROOT)));
    }
    for (PrecedentFacet facet : PrecedentFacet.values()) {
      Set<String> values = filters.getOrDefault(facet, Set.of());
      if (!values.isEmpty()) {
        parameters.put(parameterName(facet), values.stream().sorted().toList());
      }
    }
    for (TermField field : TermField.values()) {
      TermRange range = ranges.get(field);
      if (range != null) {
        parameters.put(
            parameterName(field),
            List.of(plain(range.min()) + RANGE_SEPARATOR + plain(range.max())));
      }
    }
    if (histogram != null) {
      parameters.put(HISTOGRAM, List.of(histogram.name().toLowerCase(Locale.ROOT)));
    }
    if (!pages.isEmpty()) {
      parameters.put(PAGE, pages);
    }
    return parameters;
  }

  /** The request for the page shown. */
  PrecedentSearchRequest request() {
    return new PrecedentSearchRequest(
        text,
        granularity,
        applicableFilters(),
        granularity == Granularity.CLAUSE ? List.copyOf(ranges.values()) : List.of(),
        sort,
        pages.isEmpty() ? null : pages.get(pages.size() - 1),
        PAGE_SIZE,
        histogram);
  }

  /** The same search from its first page, as an export covers every hit. */
  PrecedentSearchState firstPage() {
    return new PrecedentSearchState(text, granularity, filters, ranges, sort, List.of(), histogram);
  }

  /** Which page is shown, from 1. */
  int pageNumber() {
    return pages.size() + 1;
  }

  PrecedentSearchState withText(String newText) {
    return new PrecedentSearchState(
        newText.strip(), granularity, filters, ranges, sort, List.of(), histogram);
  }

  /** Switches between clause and deal hits; clause facets and term ranges only narrow clauses. */
  PrecedentSearchState withGranularity(Granularity newGranularity) {
    Map<PrecedentFacet, Set<String>> kept = new EnumMap<>(PrecedentFacet.class);
    kept.putAll(filters);
    Map<TermField, TermRange> keptRanges = ranges;
    if (newGranularity == Granularity.DEAL) {
      kept.keySet().removeIf(PrecedentFacet::clauseLevel);
      keptRanges = Map.of();
    }
    return new PrecedentSearchState(
        text, newGranularity, kept, keptRanges, sort, List.of(), histogram);
  }

  PrecedentSearchState withFilter(PrecedentFacet facet, Set<String> values) {
    Map<PrecedentFacet, Set<String>> changed = new EnumMap<>(PrecedentFacet.class);
    changed.putAll(filters);
    changed.put(facet, values);
    return new PrecedentSearchState(text, granularity, changed, ranges, sort, List.of(), histogram);
  }

  /** Narrows a numeric term to the range, or drops its narrowing when the range is null. */
  PrecedentSearchState withRange(TermField field, TermRange range) {
    Map<TermField, TermRange> changed = new EnumMap<>(TermField.class);
    changed.putAll(ranges);
    if (range == null) {
      changed.remove(field);
    } else {
      changed.put(field, range);
    }
    return new PrecedentSearchState(
        text, granularity, filters, changed, sort, List.of(), histogram);
  }

  PrecedentSearchState withSort(PrecedentSort newSort) {
    return new PrecedentSearchState(
        text, granularity, filters, ranges, newSort, List.of(), histogram);
  }

  PrecedentSearchState withHistogram(TermField field) {
    return new PrecedentSearchState(text, granularity, filters, ranges, sort, pages, field);
  }

  PrecedentSearchState nextPage(String cursor) {
    List<String> turned = new ArrayList<>(pages);
    turned.add(cursor);
    return new PrecedentSearchState(text, granularity, filters, ranges, sort, turned, histogram);
  }

  PrecedentSearchState previousPage() {
    List<String> turned = pages.isEmpty() ? pages : pages.subList(0, pages.size() - 1);
    return new PrecedentSearchState(text, granularity, filters, ranges, sort, turned, histogram);
  }

  static boolean isNumeric(TermField field) {
    return field.kind() == TermField.Kind.QUANTITY || field.kind() == TermField.Kind.MONEY;
  }

  private Map<PrecedentFacet, Set<String>> applicableFilters() {
    Map<PrecedentFacet, Set<String>> applicable = new EnumMap<>(PrecedentFacet.class);
    filters.forEach(
        (facet, values) -> {
          if (granularity == Granularity.CLAUSE || !facet.clauseLevel()) {
            applicable.put(facet, values);
          }
        });
    return applicable;
  }

  private static String parameterName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String first(Map<String, List<String>> parameters, String name) {
    List<String> values = parameters.getOrDefault(name, List.of());
    return values.isEmpty() ? null : values.get(0);
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static TermField numericOrNull(TermField field) {
    return field != null && isNumeric(field) ? field : null;
  }

  private static TermRange rangeOrNull(TermField field, String value) {
    int separator = value.indexOf(RANGE_SEPARATOR);
    if (separator < 0) {
      return null;
    }
    try {
      BigDecimal min = numberOrNull(value.substring(0, separator));
      BigDecimal max = numberOrNull(value.substring(separator + RANGE_SEPARATOR.length()));
      return min == null && max == null ? null : new TermRange(field, min, max);
    } catch (IllegalArgumentException unreadable) {
      return null;
    }
  }

  private static BigDecimal numberOrNull(String text) {
    return text.isBlank() ? null : new BigDecimal(text.strip());
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }
}
