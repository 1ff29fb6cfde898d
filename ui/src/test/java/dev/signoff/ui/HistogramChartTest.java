package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.Histogram;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HistogramChartTest {

  private static final Histogram BREACH_NOTICE =
      new Histogram(
          TermField.BREACH_NOTIFICATION_HOURS,
          List.of(
              new Histogram.Bucket(new BigDecimal("0"), new BigDecimal("24"), 3),
              new Histogram.Bucket(new BigDecimal("24"), new BigDecimal("48"), 0),
              new Histogram.Bucket(new BigDecimal("48"), new BigDecimal("72"), 12)),
          4);

  @Test
  void drawsOneBarPerBucketWithItsCountAndBounds() {
    String svg = HistogramChart.svg(BREACH_NOTICE);

    assertThat(count(svg, "<g class=\"histogram-bar\"")).isEqualTo(3);
    assertThat(svg)
        .contains("data-count=\"3\"", "data-count=\"0\"", "data-count=\"12\"")
        .contains(">12</text>", ">3</text>")
        .contains(">0</text>", ">24</text>", ">48</text>", ">72</text>")
        .contains("<title>48–72 hours: 12</title>")
        .contains("4 hits have no value for this term.");
  }

  @Test
  void hasAnAccessibleTitle() {
    String svg = HistogramChart.svg(BREACH_NOTICE);

    assertThat(svg)
        .contains("role=\"img\"", "aria-labelledby=\"histogram-title\"")
        .contains(
            "<title id=\"histogram-title\">Distribution of breach notice (hours) across 15 hits"
                + " with a value</title>");
  }

  @Test
  void theTallestBarFillsThePlotAndTheOthersAreInProportion() {
    String svg = HistogramChart.svg(BREACH_NOTICE);

    Matcher heights = Pattern.compile("<rect [^>]*height=\"([0-9.]+)\"").matcher(svg);
    List<Double> found = heights.results().map(m -> Double.parseDouble(m.group(1))).toList();
    assertThat(found).hasSize(3);
    assertThat(found.get(0) / found.get(2))
        .isCloseTo(3.0 / 12, org.assertj.core.data.Offset.offset(0.01));
    assertThat(found.get(1)).isZero();
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
