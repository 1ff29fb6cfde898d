package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.util.List;
import java.util.regex.Matcher;

/** Price increase cap (percent) and usage alert thresholds (percent of committed volume). */
final class PricingTerms {

  private static final Cue INCREASE = cue("increas|uplift|\\brais|escalat|adjust|index");
  private static final Cue PRICE =
      cue("price|pricing|\\bfees?\\b|\\brates?\\b|charges|subscription");
  private static final Cue NOT_PRICE_CAP =
      cue(
          "discount|late|interest|overdue|overage|credit|rebate|tax|of (the )?(committed|commitment|usage|volume|capacity)");
  private static final Cue ALERT = cue("alert|notif|\\bwarn|\\bemail|\\bnotice");
  private static final Cue USAGE =
      cue(
          "usage|consumption|volume|commit|quota|capacity|\\bspend|budget|allowance|tokens|credits");
  private static final Cue NOT_ALERT =
      cue(
          "throttl|block|suspend|halt|\\bstop|charged|billed|discount|premium|rate of|price|invoice|;");

  private PricingTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      if (s.has(INCREASE) && s.has(PRICE)) {
        priceCap(text, s, out);
      }
      if (s.has(ALERT) && s.has(USAGE)) {
        alerts(text, s, out);
      }
    }
  }

  private static void priceCap(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    for (Numbers.Found p : Numbers.percents(text, s.start(), s.end())) {
      if (Terms.before(text, p.start(), 30, NOT_PRICE_CAP)
          || Terms.after(text, p.end(), 30, NOT_PRICE_CAP)) {
        continue;
      }
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.PRICE_INCREASE_CAP_PERCENT,
              p.value(),
              TermUnit.PERCENT,
              p.start(),
              p.end()));
      return;
    }
  }

  private static void alerts(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    for (Numbers.Found p : Numbers.percents(text, s.start(), s.end())) {
      if (alertThreshold(text, s, p)) {
        Terms.addDistinct(
            out,
            Terms.quantity(
                text,
                TermField.USAGE_ALERT_THRESHOLD_PERCENT,
                p.value(),
                TermUnit.PERCENT,
                p.start(),
                p.end()));
      }
    }
  }

  /** The text between the threshold and its alert cue must not speak of throttling or charging. */
  private static boolean alertThreshold(String text, ClauseText.Sentence s, Numbers.Found p) {
    Matcher before = ALERT.matcher(text).region(s.start(), p.start());
    int cue = -1;
    while (before.find()) {
      cue = before.end();
    }
    if (cue >= 0) {
      return !NOT_ALERT.matcher(text.substring(cue, p.start())).find();
    }
    Matcher after = ALERT.matcher(text).region(p.end(), s.end());
    return after.find() && !NOT_ALERT.matcher(text.substring(p.end(), after.start())).find();
  }
}
