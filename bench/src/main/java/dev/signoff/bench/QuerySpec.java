package dev.signoff.bench;

import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentQuery;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One clause search of the benchmark's query mix, run the same way on both sides: words (and quoted
 * phrases) that must all match, optionally one facet value and one numeric term range, top 10 by
 * relevance with fragments and facet counts.
 *
 * @param text the words as a user types them; the same string goes to Lucene's query parser and to
 *     PostgreSQL's {@code websearch_to_tsquery}
 */
record QuerySpec(
    String text,
    PrecedentFacet facet,
    String facetValue,
    TermField rangeField,
    BigDecimal min,
    BigDecimal max) {

  static final int TOP = 10;

  static QuerySpec words(String text) {
    return new QuerySpec(text, null, null, null, null, null);
  }

  QuerySpec where(PrecedentFacet facet, String value) {
    return new QuerySpec(text, facet, value, rangeField, min, max);
  }

  QuerySpec between(TermField field, String low, String high) {
    return new QuerySpec(text, facet, facetValue, field, new BigDecimal(low), new BigDecimal(high));
  }

  PrecedentQuery toPrecedentQuery(Set<String> readers) {
    Map<PrecedentFacet, Set<String>> filters =
        facet == null ? Map.of() : Map.of(facet, Set.of(facetValue));
    List<TermRange> ranges =
        rangeField == null ? List.of() : List.of(new TermRange(rangeField, min, max));
    return new PrecedentQuery(
        text,
        readers,
        Granularity.CLAUSE,
        filters,
        ranges,
        PrecedentSort.RELEVANCE,
        null,
        TOP,
        null);
  }

  /** A short label for tables. */
  String label() {
    StringBuilder label = new StringBuilder(text);
    if (facet != null) {
      label.append(" | ").append(facet.name().toLowerCase()).append('=').append(facetValue);
    }
    if (rangeField != null) {
      label
          .append(" | ")
          .append(rangeField.name().toLowerCase())
          .append(' ')
          .append(min.toPlainString())
          .append("..")
          .append(max.toPlainString());
    }
    return label.toString();
  }

  /** The fixed query mix: realistic clause searches, some narrowed by a facet or a range. */
  static List<QuerySpec> mix() {
    return List.of(
        words("liability cap"),
        words("liability")
            .where(PrecedentFacet.OUTCOME, "SIGNED")
            .between(TermField.LIABILITY_CAP_MONTHS, "0", "12"),
        words("breach").between(TermField.BREACH_NOTIFICATION_HOURS, "0", "72"),
        words("\"security incident\"").where(PrecedentFacet.HOSTING_MODEL, "VENDOR_SAAS"),
        words("\"model version\"").between(TermField.CHANGE_NOTICE_DAYS, "60", "365"),
        words("train customer data").where(PrecedentFacet.OUTCOME, "REJECTED"),
        words("indemnify"),
        words("subprocessor").where(PrecedentFacet.YEAR, "2025"),
        words("uptime").between(TermField.UPTIME_PERCENT, "99.9", "100"),
        words("retain prompts").between(TermField.PROMPT_RETENTION_DAYS, "0", "30"),
        words("terminate convenience")
            .between(TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS, "0", "60"),
        words("\"gross negligence\"").where(PrecedentFacet.CLAUSE_TYPE, "LIABILITY_CAP"),
        words("price increase").between(TermField.PRICE_INCREASE_CAP_PERCENT, "0", "5"),
        words("escrow").where(PrecedentFacet.VENDOR, "Corvid AI Inc."),
        words("personal data").where(PrecedentFacet.OUTCOME, "SIGNED"));
  }
}
