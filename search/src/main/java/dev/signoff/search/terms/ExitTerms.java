package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.util.List;
import java.util.regex.Matcher;

/** Termination for convenience notice (days) and escrow. */
final class ExitTerms {

  private static final Cue CONVENIENCE =
      cue(
          "for convenience|without cause|for any (or no )?reason|for no reason|at (its|any) (sole )?discretion|at any time");
  private static final Cue TERMINATE =
      cue("terminat|end (this|the) (agreement|contract|subscription)");
  private static final Cue NOTICE_AFTER =
      cue(
          "^\\W{0,3}(s\\b|'s?)?\\s*(prior|advance|written|notice|in advance|before|of (prior |advance )?(written )?notice)");
  private static final Cue NOTICE_BEFORE =
      cue("(notice|notifying|giving|upon|with|by providing)[^.;]{0,25}$");
  private static final Cue NOT_NOTICE =
      cue("invoice|payment|paid|refund|cure|breach|following (the )?(effective date|receipt)");

  private static final Cue ESCROW = cue("escrow");
  private static final Cue NO_ESCROW =
      cue(
          "\\bno\\b[^.;]{0,30}escrow|not (be )?(required|obliged|obligated)[^.;]{0,80}(escrow|deposit)|no obligation[^.;]{0,60}escrow"
              + "|(shall|will|does|do|need) not[^.;]{0,80}(escrow|deposit)|escrow[^.;]{0,40}(is|are|shall be|will be) not|without (any )?escrow"
              + "|escrow[^.;]{0,40}not (apply|required|available|provided|offered)|neither[^.;]{0,60}escrow|declin\\w*[^.;]{0,30}escrow");

  private ExitTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    convenience(clause, out);
    escrow(clause, out);
  }

  private static void convenience(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    List<ClauseText.Sentence> sentences = clause.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      ClauseText.Sentence s = sentences.get(i);
      if (!s.has(CONVENIENCE) || !s.has(TERMINATE)) {
        continue;
      }
      int end = s.end();
      for (int next = i + 1; next < Math.min(sentences.size(), i + 3); next++) {
        if (sentences.get(next).has(TERMINATE) && !sentences.get(next).has(NOT_NOTICE)) {
          end = sentences.get(next).end();
        }
      }
      for (Numbers.Found d : Numbers.durations(text, s.start(), end)) {
        boolean notice =
            Terms.after(text, d.end(), 40, NOTICE_AFTER)
                || Terms.before(text, d.start(), 40, NOTICE_BEFORE);
        boolean other =
            Terms.after(text, d.end(), 25, NOT_NOTICE)
                || Terms.before(text, d.start(), 25, NOT_NOTICE);
        if (notice && !other) {
          Terms.addDistinct(
              out,
              Terms.quantity(
                  text,
                  TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS,
                  Numbers.inDays(d),
                  TermUnit.DAYS,
                  d.start(),
                  d.end()));
          return;
        }
      }
    }
  }

  private static void escrow(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      Matcher escrow = s.matcher(ESCROW);
      if (!escrow.find()) {
        continue;
      }
      boolean refused = s.has(NO_ESCROW);
      out.add(Terms.flag(text, TermField.ESCROW, !refused, escrow.start(), escrow.end()));
      return;
    }
  }
}
