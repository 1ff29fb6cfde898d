package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Buckets the values of a numeric term. With at most {@link #MAX_BUCKETS} distinct values, each
 * value gets its own bucket (from the value to the next one), since terms such as notice periods
 * cluster on a few customary values (24, 48, 72 hours). With more, the range is cut into buckets of
 * equal width, the smallest 1, 2 or 5 times a power of ten that makes {@link #MAX_BUCKETS} of them
 * (one more at most) cover it, starting at a multiple of the width, so the edges read as round
 * numbers.
 */
final class Histograms {

  static final int MAX_BUCKETS = 12;

  private Histograms() {}

  static Histogram of(TermField field, ValueCounts values, long withoutValue) {
    long[] distinct = values.values();
    List<Histogram.Bucket> buckets = new ArrayList<>();
    if (distinct.length == 0) {
      return new Histogram(field, buckets, withoutValue);
    }
    if (distinct.length <= MAX_BUCKETS) {
      for (int i = 0; i < distinct.length; i++) {
        long to = i + 1 < distinct.length ? distinct[i + 1] : distinct[i];
        buckets.add(
            new Histogram.Bucket(
                NumericTerms.unscale(distinct[i]),
                NumericTerms.unscale(to),
                values.count(distinct[i])));
      }
      return new Histogram(field, buckets, withoutValue);
    }
    long low = distinct[0];
    long high = distinct[distinct.length - 1];
    long width = niceWidth((high - low + MAX_BUCKETS - 1) / MAX_BUCKETS);
    long start = Math.floorDiv(low, width) * width;
    int bucketCount = (int) ((high - start) / width) + 1;
    if (start + (long) (bucketCount - 1) * width == high && bucketCount > 1) {
      // the highest value sits on an edge: the last bucket includes its end
      bucketCount--;
    }
    long[] counts = new long[bucketCount];
    for (long value : distinct) {
      int bucket = (int) Math.min(bucketCount - 1, (value - start) / width);
      counts[bucket] += values.count(value);
    }
    for (int i = 0; i < bucketCount; i++) {
      BigDecimal from = NumericTerms.unscale(start + i * width);
      BigDecimal to = NumericTerms.unscale(start + (i + 1) * width);
      buckets.add(new Histogram.Bucket(from, to, counts[i]));
    }
    return new Histogram(field, buckets, withoutValue);
  }

  /**
   * The smallest of 1, 2, 5 times a power of ten (in scaled units) that is at least {@code raw}.
   */
  static long niceWidth(long raw) {
    long power = 1;
    while (true) {
      for (long step : new long[] {1, 2, 5}) {
        if (step * power >= raw) {
          return step * power;
        }
      }
      power *= 10;
    }
  }
}
