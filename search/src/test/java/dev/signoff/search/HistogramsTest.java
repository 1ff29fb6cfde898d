package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HistogramsTest {

  @Test
  void manyValuesFallIntoRoundBucketsCoveringTheirRange() {
    ValueCounts values = new ValueCounts();
    for (int days = 3; days <= 97; days += 2) {
      values.add(NumericTerms.scale(BigDecimal.valueOf(days)));
    }
    values.add(NumericTerms.scale(BigDecimal.valueOf(97)));

    Histogram histogram = Histograms.of(TermField.CHANGE_NOTICE_DAYS, values, 3);

    assertThat(histogram.withoutValue()).isEqualTo(3);
    assertThat(histogram.buckets()).hasSizeBetween(5, Histograms.MAX_BUCKETS + 1);
    assertThat(histogram.buckets().get(0).from()).isEqualTo(new BigDecimal("0"));
    BigDecimal width = histogram.buckets().get(0).to().subtract(histogram.buckets().get(0).from());
    assertThat(width).isEqualTo(new BigDecimal("10"));
    for (int i = 1; i < histogram.buckets().size(); i++) {
      assertThat(histogram.buckets().get(i).from()).isEqualTo(histogram.buckets().get(i - 1).to());
    }
    assertThat(histogram.buckets().get(histogram.buckets().size() - 1).to())
        .isGreaterThanOrEqualTo(new BigDecimal("97"));
    assertThat(histogram.buckets().stream().mapToLong(Histogram.Bucket::count).sum()).isEqualTo(49);
    // 3, 5, 7, 9 lie in [0, 10)
    assertThat(histogram.buckets().get(0).count()).isEqualTo(4);
  }

  @Test
  void theHighestValueOnABucketEdgeBelongsToTheLastBucket() {
    ValueCounts values = new ValueCounts();
    for (int percent = 0; percent <= 100; percent += 5) {
      values.add(NumericTerms.scale(BigDecimal.valueOf(percent)));
    }

    Histogram histogram = Histograms.of(TermField.USAGE_ALERT_THRESHOLD_PERCENT, values, 0);

    Histogram.Bucket last = histogram.buckets().get(histogram.buckets().size() - 1);
    assertThat(last.to()).isEqualTo(new BigDecimal("100"));
    assertThat(last.count()).isEqualTo(3); // 90, 95, 100
    assertThat(histogram.buckets().stream().mapToLong(Histogram.Bucket::count).sum()).isEqualTo(21);
  }

  @Test
  void fractionalValuesKeepTheirDecimals() {
    ValueCounts values = new ValueCounts();
    values.add(NumericTerms.scale(new BigDecimal("99.9")));
    values.add(NumericTerms.scale(new BigDecimal("99.95")));
    values.add(NumericTerms.scale(new BigDecimal("99.9")));

    Histogram histogram = Histograms.of(TermField.UPTIME_PERCENT, values, 0);

    assertThat(histogram.buckets())
        .containsExactly(
            new Histogram.Bucket(new BigDecimal("99.9"), new BigDecimal("99.95"), 2),
            new Histogram.Bucket(new BigDecimal("99.95"), new BigDecimal("99.95"), 1));
  }
}
