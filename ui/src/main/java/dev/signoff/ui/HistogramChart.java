package dev.signoff.ui;

import com.vaadin.flow.component.Html;
import dev.signoff.search.Histogram;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A bar chart of a histogram drawn as SVG on the server: one bar per bucket with its count above
 * it, the bucket bounds along the x axis, the largest count on the y axis, and a title for screen
 * readers. Every text is escaped.
 */
class HistogramChart extends Html {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 240;
  private static final int LEFT = 44;
  private static final int RIGHT = 16;
  private static final int TOP = 20;
  private static final int BOTTOM = 44;
  private static final int MOST_AXIS_LABELS = 10;

  HistogramChart(Histogram histogram) {
    super(svg(histogram));
  }

  static String svg(Histogram histogram) {
    String term = PrecedentLabels.term(histogram.field());
    String unit = PrecedentLabels.unit(histogram.field());
    List<Histogram.Bucket> buckets = histogram.buckets();
    long total = buckets.stream().mapToLong(Histogram.Bucket::count).sum();
    String title =
        "Distribution of "
            + term.toLowerCase(Locale.ROOT)
            + (unit.isEmpty() ? "" : " (" + unit + ")")
            + " across "
            + total
            + (total == 1 ? " hit" : " hits")
            + " with a value";
    StringBuilder svg = new StringBuilder();
    svg.append("<div class=\"histogram\" id=\"precedent-histogram\"")
        .append(" style=\"width:100%;max-width:")
        .append(WIDTH)
        .append("px\">")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .append(" aria-labelledby=\"histogram-title\" width=\"100%\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" style=\"max-width:")
        .append(WIDTH)
        .append("px;font-family:inherit;font-size:12px\">")
        .append("<title id=\"histogram-title\">")
        .append(PrecedentFragment.escaped(title))
        .append("</title>");
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    int baseline = TOP + plotHeight;
    long largest = buckets.stream().mapToLong(Histogram.Bucket::count).max().orElse(0);
    axes(svg, baseline, largest);
    int labelEvery = Math.max(1, (buckets.size() + MOST_AXIS_LABELS - 1) / MOST_AXIS_LABELS);
    double barWidth = buckets.isEmpty() ? 0 : (double) plotWidth / buckets.size();
    for (int i = 0; i < buckets.size(); i++) {
      Histogram.Bucket bucket = buckets.get(i);
      double x = LEFT + i * barWidth;
      double height = largest == 0 ? 0 : (double) bucket.count() * plotHeight / largest;
      String range =
          number(bucket.from()) + "–" + number(bucket.to()) + (unit.isEmpty() ? "" : " " + unit);
      svg.append("<g class=\"histogram-bar\" data-count=\"")
          .append(bucket.count())
          .append("\"><rect x=\"")
          .append(round(x + 1))
          .append("\" y=\"")
          .append(round(baseline - height))
          .append("\" width=\"")
          .append(round(Math.max(1, barWidth - 2)))
          .append("\" height=\"")
          .append(round(height))
          .append("\" fill=\"var(--lumo-primary-color, #1676f3)\"><title>")
          .append(PrecedentFragment.escaped(range + ": " + bucket.count()))
          .append("</title></rect>");
      if (bucket.count() > 0) {
        text(svg, x + barWidth / 2, baseline - height - 4, "middle", "histogram-count")
            .append(bucket.count())
            .append("</text>");
      }
      svg.append("</g>");
      if (i % labelEvery == 0) {
        text(svg, x, baseline + 14, "middle", "histogram-bound")
            .append(PrecedentFragment.escaped(number(bucket.from())))
            .append("</text>");
      }
    }
    if (!buckets.isEmpty()) {
      text(svg, LEFT + plotWidth, baseline + 14, "middle", "histogram-bound")
          .append(PrecedentFragment.escaped(number(buckets.get(buckets.size() - 1).to())))
          .append("</text>");
    }
    text(svg, LEFT + plotWidth / 2.0, HEIGHT - 6, "middle", "histogram-axis")
        .append(PrecedentFragment.escaped(term + (unit.isEmpty() ? "" : " (" + unit + ")")))
        .append("</text>");
    svg.append("</svg>");
    if (histogram.withoutValue() > 0) {
      svg.append(
              "<p class=\"histogram-without\" style=\"margin:0;font-size:var(--lumo-font-size-s);")
          .append("color:var(--lumo-secondary-text-color)\">")
          .append(histogram.withoutValue())
          .append(histogram.withoutValue() == 1 ? " hit has" : " hits have")
          .append(" no value for this term.</p>");
    }
    return svg.append("</div>").toString();
  }

  private static void axes(StringBuilder svg, int baseline, long largest) {
    String stroke = "stroke=\"var(--lumo-contrast-50pct, #888)\"";
    svg.append("<line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(baseline)
        .append("\" x2=\"")
        .append(WIDTH - RIGHT)
        .append("\" y2=\"")
        .append(baseline)
        .append("\" ")
        .append(stroke)
        .append("/><line x1=\"")
        .append(LEFT)
        .append("\" y1=\"")
        .append(TOP)
        .append("\" x2=\"")
        .append(LEFT)
        .append("\" y2=\"")
        .append(baseline)
        .append("\" ")
        .append(stroke)
        .append("/>");
    text(svg, LEFT - 6, baseline, "end", "histogram-tick").append("0</text>");
    text(svg, LEFT - 6, TOP + 4, "end", "histogram-tick").append(largest).append("</text>");
  }

  private static StringBuilder text(
      StringBuilder svg, double x, double y, String anchor, String className) {
    return svg.append("<text class=\"")
        .append(className)
        .append("\" x=\"")
        .append(round(x))
        .append("\" y=\"")
        .append(round(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" fill=\"var(--lumo-body-text-color, #333)\">");
  }

  private static String number(BigDecimal value) {
    return PrecedentLabels.number(value);
  }

  private static String round(double value) {
    return String.valueOf(Math.round(value * 10) / 10.0);
  }
}
