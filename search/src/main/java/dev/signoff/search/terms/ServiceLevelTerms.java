package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/** Uptime (percent) and P95 / P99 latency (milliseconds). */
final class ServiceLevelTerms {

  private static final Cue AVAILABILITY =
      cue(
          "uptime|up-time|availab|service level|\\bSLA\\b|up and (running|reachable)|reachable|operational");
  private static final Cue CREDIT = cue("credit|refund|discount|rebate|\\bfees?\\b|off the");
  private static final Cue PER_REQUEST = cue("requests|calls|responses|latency|respon");
  private static final Cue PERCENTILE =
      cue(
          "\\bp\\s?(?<p>95|99)\\b|(?<q>95|99)(th|\\s*%|\\s*percent)[\\s-]*(percentile)?"
              + "|(?<w>ninety-fifth|ninety-ninth)\\s+percentile");
  private static final Cue VALUE_BEFORE_MARKER = cue("\\s*(at|for|in)\\s+(the\\s+)?");
  private static final Cue AVAILABILITY_NAMED = cue("uptime|up-time|availab|reachable|operational");
  private static final Cue OF_REQUESTS = cue("^\\s*of (all |the )?(requests|calls|responses)");
  private static final BigDecimal MIN_UPTIME = BigDecimal.valueOf(90);

  private ServiceLevelTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      if (s.has(AVAILABILITY)) {
        uptime(text, s, out);
      }
      latency(text, s, out);
    }
  }

  private static void uptime(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    boolean availabilityNamed = s.has(AVAILABILITY_NAMED);
    if (!availabilityNamed && s.has(PER_REQUEST)) {
      return;
    }
    for (Numbers.Found p : Numbers.percents(text, s.start(), s.end())) {
      boolean plausible =
          p.value().compareTo(MIN_UPTIME) >= 0 && p.value().compareTo(BigDecimal.valueOf(100)) <= 0;
      boolean credit =
          Terms.before(text, p.start(), 30, CREDIT) || Terms.after(text, p.end(), 20, CREDIT);
      boolean ofRequests = Terms.after(text, p.end(), 25, OF_REQUESTS);
      if (plausible && !credit && !ofRequests) {
        Terms.addDistinct(
            out,
            Terms.quantity(
                text, TermField.UPTIME_PERCENT, p.value(), TermUnit.PERCENT, p.start(), p.end()));
        return;
      }
    }
  }

  private static void latency(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    if (!s.has(PERCENTILE)) {
      return;
    }
    Matcher marker = s.matcher(PERCENTILE);
    List<Numbers.Found> latencies = Numbers.latencies(text, s.start(), s.end());
    while (marker.find()) {
      String which =
          marker.group("p") != null
              ? marker.group("p")
              : marker.group("q") != null
                  ? marker.group("q")
                  : marker.group("w").startsWith("ninety-f") ? "95" : "99";
      int at = marker.start();
      int from = marker.end();
      latencies.stream()
          .filter(
              l ->
                  l.end() <= at
                      && VALUE_BEFORE_MARKER.matcher(text.substring(l.end(), at)).matches())
          .findFirst()
          .or(() -> latencies.stream().filter(l -> l.start() >= from).findFirst())
          .ifPresent(
              l ->
                  Terms.addDistinct(
                      out,
                      Terms.quantity(
                          text,
                          which.equals("95") ? TermField.LATENCY_P95_MS : TermField.LATENCY_P99_MS,
                          l.value(),
                          TermUnit.MILLISECONDS,
                          l.start(),
                          l.end())));
    }
  }
}
