package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** The liability cap (months of fees, fixed amount) and whether claims are carved out of it. */
final class LiabilityTerms {

  private static final Cue LIABILITY = cue("liabilit|\\bliable\\b");
  private static final Cue CAP =
      cue(
          "exceed|limited to|\\bcap(ped|s)?\\b|maximum|aggregate|in no (event|case)|greater (of|than)|lesser of"
              + "|more than|limit(ed)? (in the aggregate )?to|not be (more|greater)");
  private static final Cue FEES =
      cue("fees|charges|amounts?\\b|paid|payable|subscription|contract value|consideration");
  private static final Cue NOT_A_CAP_PERIOD =
      cue("(within|brought|commenced|more than|after|later than)\\s*$");
  private static final Cue NOT_A_CAP_AMOUNT =
      cue(
          "^\\s*(per\\s+(\\d|one\\b|a\\b|1,000|thousand|million|token|request|call|unit|seat|user)"
              + "|of\\s+(insurance|coverage)|in\\s+(insurance|coverage))");
  private static final Cue ANNUAL_FEES =
      cue("\\b(annual|yearly|twelve[- ]month)\\s+(fees|charges|contract value|subscription fees)");
  private static final Cue PERCENT_OF_FEES =
      cue("^\\s*of (the )?(total |annual )?(fees|charges|amounts)");
  private static final Cue LIMITATION_HEADING = cue("liabilit|limitation");
  private static final Cue INSURANCE = cue("insurance|insured|policy limit");

  private static final Cue CARVE_OUT_CUE =
      cue(
          "(shall|will|does|do) not (apply|limit)|not (be )?subject to|except (for|in|with|where)"
              + "|excluding|exclud\\w+ from|exclusions?|carve[- ]?outs?|other than|save (for|in)"
              + "|nothing in this .{0,60}(limit|exclude)|uncapped|unlimited|outside (of )?the cap"
              + "|excluded (claims|matters|liabilit)");
  private static final Cue CARVE_OUT_CLAIM =
      cue(
          "gross(ly)? neglig|wil?ful(ly)? (misconduct|default|breach)|fraud|confidential"
              + "|data protection|personal data|data breach|security (incident|breach)"
              + "|indemn|infring|death or personal injury|intellectual property");
  private static final Cue NO_CARVE_OUT =
      cue(
          "without (any )?(exception|carve[- ]?outs?)|no (carve[- ]?outs?|exclusions? (from|to) (the|this) cap)"
              + "|(applies|apply|shall apply) (equally )?to all (claims|liabilit|causes)"
              + "|regardless of (the )?(form|cause|theory).{0,80}(including|whether).{0,60}gross neglig");

  private LiabilityTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      boolean aboutLiability =
          s.has(LIABILITY) || LIMITATION_HEADING.matcher(clause.heading()).find();
      if (!aboutLiability || !s.has(CAP) || s.has(INSURANCE)) {
        continue;
      }
      capInMonths(text, s, out);
      for (Numbers.Found money : Numbers.money(text, s.start(), s.end())) {
        if (!Terms.after(text, money.end(), 20, NOT_A_CAP_AMOUNT)) {
          Terms.addDistinct(
              out,
              new ExtractedTerm(
                  TermField.LIABILITY_CAP_AMOUNT,
                  new TermValue.Money(money.value(), money.unit()),
                  money.start(),
                  money.end(),
                  text.substring(money.start(), money.end())));
        }
      }
    }
    carveOuts(clause, out);
  }

  private static void capInMonths(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    List<Numbers.Found> multipliers =
        new ArrayList<>(Numbers.multipliers(text, s.start(), s.end()));
    for (Numbers.Found percent : Numbers.percents(text, s.start(), s.end())) {
      if (Terms.after(text, percent.end(), 20, PERCENT_OF_FEES)) {
        multipliers.add(
            new Numbers.Found(
                percent.value().movePointLeft(2), "times", percent.start(), percent.end()));
      }
    }
    multipliers.sort(Comparator.comparingInt(Numbers.Found::start));
    List<Numbers.Found> periods =
        Numbers.durations(text, s.start(), s.end()).stream()
            .filter(d -> Numbers.inMonths(d) != null)
            .filter(d -> !Terms.before(text, d.start(), 25, NOT_A_CAP_PERIOD))
            .filter(d -> nearFees(text, d))
            .toList();
    if (!multipliers.isEmpty()) {
      Numbers.Found multiplier = multipliers.get(0);
      if (!Terms.after(text, multiplier.end(), 60, FEES)) {
        return;
      }
      // "1.5x the fees paid in the 12 months": the multiple applies to the period that follows it;
      // with no period ("two times the annual fees") it applies to a year of fees.
      Numbers.Found period =
          periods.stream().filter(p -> p.start() > multiplier.end()).findFirst().orElse(null);
      BigDecimal months = period == null ? BigDecimal.valueOf(12) : Numbers.inMonths(period);
      int end = period == null ? multiplier.end() : period.end();
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.LIABILITY_CAP_MONTHS,
              multiplier.value().multiply(months),
              TermUnit.MONTHS_OF_FEES,
              multiplier.start(),
              end));
      return;
    }
    for (Numbers.Found period : periods) {
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.LIABILITY_CAP_MONTHS,
              Numbers.inMonths(period),
              TermUnit.MONTHS_OF_FEES,
              period.start(),
              period.end()));
    }
    if (periods.isEmpty()) {
      Matcher annual = s.matcher(ANNUAL_FEES);
      if (annual.find()) {
        Terms.addDistinct(
            out,
            Terms.quantity(
                text,
                TermField.LIABILITY_CAP_MONTHS,
                BigDecimal.valueOf(12),
                TermUnit.MONTHS_OF_FEES,
                annual.start(),
                annual.end()));
      }
    }
  }

  /** A period of months counts when fees are named within a short distance of it. */
  private static boolean nearFees(String text, Numbers.Found period) {
    return Terms.before(text, period.start(), 70, FEES)
        || Terms.after(text, period.end(), 25, FEES);
  }

  private static void carveOuts(ClauseText clause, List<ExtractedTerm> out) {
    if (!clause.mentions(LIMITATION_HEADING)) {
      return;
    }
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      Matcher none = s.matcher(NO_CARVE_OUT);
      if (none.find()) {
        out.add(Terms.flag(text, TermField.LIABILITY_CARVE_OUTS, false, none.start(), none.end()));
        return;
      }
    }
    for (ClauseText.Sentence s : clause.sentences()) {
      Matcher cue = s.matcher(CARVE_OUT_CUE);
      if (cue.find() && s.has(CARVE_OUT_CLAIM)) {
        out.add(Terms.flag(text, TermField.LIABILITY_CARVE_OUTS, true, cue.start(), cue.end()));
        return;
      }
    }
  }
}
