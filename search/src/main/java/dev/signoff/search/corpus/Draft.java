package dev.signoff.search.corpus;

import dev.signoff.search.corpus.SyntheticDeal.SyntheticTerm;
import dev.signoff.search.terms.TermField;
import dev.signoff.search.terms.TermUnit;
import java.util.ArrayList;
import java.util.List;

/** One clause while it is being written: heading, body, planted terms and a reviewer's remark. */
final class Draft {

  final Topic topic;
  final String heading;
  final StringBuilder body = new StringBuilder();
  final List<SyntheticTerm> terms = new ArrayList<>();
  boolean unusual;

  /** What a reviewer of the owning group would say about an unusual term, or null. */
  String remark;

  Draft(Topic topic, String heading) {
    this.topic = topic;
    this.heading = heading;
  }

  Draft say(String sentence) {
    if (!body.isEmpty()) {
      char last = body.charAt(body.length() - 1);
      body.append(last == '\n' ? "" : " ");
    }
    body.append(sentence);
    return this;
  }

  /** Starts a new line, for lettered sub-clauses and paragraphs. */
  Draft line(String text) {
    if (!body.isEmpty()) {
      body.append('\n');
    }
    body.append(text);
    return this;
  }

  /** Plants a term; quantities are given without their unit, which is added here. */
  Draft term(TermField field, String value) {
    String normalised =
        field.kind() == TermField.Kind.QUANTITY ? value + " " + unitOf(field) : value;
    terms.add(new SyntheticTerm(field, normalised));
    return this;
  }

  private static TermUnit unitOf(TermField field) {
    return switch (field) {
      case LIABILITY_CAP_MONTHS -> TermUnit.MONTHS_OF_FEES;
      case BREACH_NOTIFICATION_HOURS -> TermUnit.HOURS;
      case UPTIME_PERCENT, PRICE_INCREASE_CAP_PERCENT, USAGE_ALERT_THRESHOLD_PERCENT ->
          TermUnit.PERCENT;
      case LATENCY_P95_MS, LATENCY_P99_MS -> TermUnit.MILLISECONDS;
      default -> TermUnit.DAYS;
    };
  }

  Draft unusual(String reviewerRemark) {
    unusual = true;
    remark = reviewerRemark;
    return this;
  }
}
