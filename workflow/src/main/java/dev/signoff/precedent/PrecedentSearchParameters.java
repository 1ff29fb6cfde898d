package dev.signoff.precedent;

import dev.signoff.problem.SignoffProblem;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Reads the query parameters of a precedent search ({@code facet=OUTCOME:SIGNED}, {@code
 * range=UPTIME_PERCENT:99.5:}, ...) into a request, refusing unknown names and malformed values
 * with a 400 problem that says what is wrong and what is allowed.
 */
final class PrecedentSearchParameters {

  private PrecedentSearchParameters() {}

  static PrecedentSearchRequest read(
      String text,
      String granularity,
      List<String> facets,
      List<String> ranges,
      String sort,
      String page,
      int limit,
      String histogram) {
    if (limit < 1) {
      throw invalid("'limit' is " + limit + "; ask for at least 1 hit.");
    }
    return new PrecedentSearchRequest(
        text == null ? "" : text,
        granularity == null || granularity.isBlank()
            ? Granularity.CLAUSE
            : constant(Granularity.class, "granularity", granularity),
        filters(facets),
        ranges(ranges),
        sort == null || sort.isBlank()
            ? PrecedentSort.RELEVANCE
            : constant(PrecedentSort.class, "sort", sort),
        page == null || page.isBlank() ? null : page,
        limit,
        histogram == null || histogram.isBlank() ? null : numericField("histogram", histogram));
  }

  private static Map<PrecedentFacet, Set<String>> filters(List<String> facets) {
    Map<PrecedentFacet, Set<String>> filters = new EnumMap<>(PrecedentFacet.class);
    for (String facet : facets == null ? List.<String>of() : facets) {
      int colon = facet.indexOf(':');
      String value = colon < 0 ? "" : facet.substring(colon + 1).strip();
      if (colon < 0 || value.isEmpty()) {
        throw invalid("'facet' is '" + facet + "'; write it as NAME:value, e.g. OUTCOME:SIGNED.");
      }
      PrecedentFacet name = constant(PrecedentFacet.class, "facet", facet.substring(0, colon));
      filters.computeIfAbsent(name, key -> new LinkedHashSet<>()).add(value);
    }
    return filters;
  }

  private static List<TermRange> ranges(List<String> ranges) {
    List<TermRange> read = new ArrayList<>();
    for (String range : ranges == null ? List.<String>of() : ranges) {
      String[] parts = range.split(":", -1);
      if (parts.length != 3) {
        throw invalid(
            "'range' is '"
                + range
                + "'; write it as FIELD:min:max with either bound empty,"
                + " e.g. BREACH_NOTIFICATION_HOURS::72.");
      }
      TermField field = numericField("range", parts[0]);
      try {
        read.add(new TermRange(field, number(range, parts[1]), number(range, parts[2])));
      } catch (IllegalArgumentException e) {
        throw invalid(e.getMessage());
      }
    }
    return read;
  }

  private static BigDecimal number(String range, String bound) {
    if (bound.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(bound.strip());
    } catch (NumberFormatException e) {
      throw invalid("'range' is '" + range + "'; '" + bound + "' is not a number.");
    }
  }

  private static TermField numericField(String parameter, String name) {
    TermField field = constant(TermField.class, parameter, name);
    if (field.kind() != TermField.Kind.QUANTITY && field.kind() != TermField.Kind.MONEY) {
      throw invalid(
          "'"
              + parameter
              + "' names "
              + field
              + ", which is not numeric. Numeric terms: "
              + PrecedentCsv.NUMERIC_TERMS
              + ".");
    }
    return field;
  }

  private static <E extends Enum<E>> E constant(Class<E> type, String parameter, String name) {
    try {
      return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(
          "'"
              + parameter
              + "' has no value '"
              + name
              + "'. Known: "
              + Arrays.stream(type.getEnumConstants())
                  .map(
                      constant ->
                          type == Granularity.class || type == PrecedentSort.class
                              ? constant.name().toLowerCase(Locale.ROOT)
                              : constant.name())
                  .toList()
              + ".");
    }
  }

  private static SignoffProblem invalid(String detail) {
    return new SignoffProblem(HttpStatus.BAD_REQUEST, "Invalid search", detail);
  }
}
