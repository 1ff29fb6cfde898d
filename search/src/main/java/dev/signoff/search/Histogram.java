package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;

/**
 * The distribution of one numeric term across all hits of a search (not only the page shown).
 *
 * @param buckets in ascending order, adjacent, each counting values {@code from <= v < to} (the
 *     last one includes its {@code to})
 * @param withoutValue hits that have no value for the field
 */
public record Histogram(TermField field, List<Bucket> buckets, long withoutValue) {

  public Histogram {
    buckets = List.copyOf(buckets);
  }

  /** A range of values and how many hits fall into it. */
  public record Bucket(BigDecimal from, BigDecimal to, long count) {}
}
