package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Breach notification (hours), notice of material or model changes (days), and the right to stay on
 * a previous model version.
 */
final class NoticeTerms {

  private static final Cue INCIDENT =
      cue(
          "breach|security incident|\\bincidents?\\b|unauthori[sz]ed (access|disclosure|use|acquisition)"
              + "|compromise");
  private static final Cue NOTIFY =
      cue("notif|inform|\\breport|alert|\\bnotice|\\btell\\b|telephon|\\bcall\\b|contact|escalat");
  private static final Cue NOTIFY_OR_OTHER =
      cue(
          "(?<notify>notif\\w*|inform\\w*|alert\\w*|\\bnotice|\\btell|telephon\\w*|\\bcall\\b|escalat\\w*|(?<!final |full |written |detailed |incident |cause )\\breport(?!s)\\w*)"
              + "|(?<other>remediat\\w*|resolv\\w*|restor\\w*|root[- ]cause|final|full|written|detailed"
              + "|post-incident|cure\\w*|deliver\\w*|investigat\\w*|mitigat\\w*|contain\\w*|\\bupdates?\\b|\\bevery\\b|\\beach\\b)");
  private static final Cue MATERIAL_BREACH =
      cue("material breach|breach of (this|the) agreement|fails? to cure|\\baudit");

  private static final Cue CHANGE =
      cue(
          "chang|modif|\\bupdat|deprecat|\\bretir|replac|upgrad|new (\\w+ )?(models?|versions?)|successor"
              + "|sunset|discontinu|end[- ]of[- ]life|withdraw");
  private static final Cue ADVANCE_NOTICE =
      cue("notice|notif|inform|announce|in advance|advance|prior to|before");
  private static final Cue NOT_CHANGE_NOTICE =
      cue(
          "subprocessor|sub-processor|maintenance|terminat|\\bprice|pricing|\\bfees\\b|\\brates?\\b"
              + "|invoice|breach|incident|governing law|assign|opt[- ]?in|opt[- ]?out|consent");
  private static final Cue CHANGE_SUBJECT =
      cue("model|service|version|feature|functionality|api|platform|material");

  private static final Cue VERSION =
      cue(
          "(previous|prior|earlier|deprecated|existing|current|older|legacy|then-current|superseded|retired|replaced|specific|particular)"
              + "\\s+(\\w+\\s+)?(model\\s+)?(version|release|model)s?|version[- ]pinn|pin\\w*\\s+(to\\s+)?(a|the|any|its)\\s+(\\w+\\s+)?version");
  private static final Cue REMAIN =
      cue(
          "remain|continue[ds]? (to (use|run|access)|using|on|with)|\\bstay|retain access|\\bkeep"
              + "|\\bpin|roll ?back|revert|elect to (use|retain|continue)|maintain"
              + "|make available|available to customer|support");
  private static final Cue DENIED =
      cue(
          "(may|shall|will|can|must) not|cannot|can't|no (right|option|obligation|entitlement)"
              + "|not (be )?(entitled|permitted|obliged|obligated|required)|without (any )?(right|option)"
              + "|sole discretion|automatically (migrat|upgrad|mov|transition)");

  /** "Vendor shall not retire / force ..." protects the version rather than denying it. */
  private static final Cue VENDOR_MAY_NOT_TAKE_AWAY =
      cue("(shall|will|must) not (be )?(remov|retir|deprecat|withdraw|discontinu|force|requir)");

  private NoticeTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    breachNotification(clause, out);
    changeNotice(clause, out);
    previousVersion(clause, out);
  }

  private static void breachNotification(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      if (!s.has(INCIDENT) || s.has(MATERIAL_BREACH)) {
        continue;
      }
      if (!s.has(NOTIFY)) {
        continue;
      }
      for (Numbers.Found d : Numbers.durations(text, s.start(), s.end())) {
        if (!notifiedBy(text, s, d)) {
          continue;
        }
        Terms.addDistinct(
            out,
            Terms.quantity(
                text,
                TermField.BREACH_NOTIFICATION_HOURS,
                Numbers.inHours(d),
                TermUnit.HOURS,
                d.start(),
                d.end()));
      }
    }
  }

  /**
   * Whether the nearest cue before the duration is one of notifying, not of remedying or reporting.
   */
  private static boolean notifiedBy(String text, ClauseText.Sentence s, Numbers.Found duration) {
    Matcher m = NOTIFY_OR_OTHER.matcher(text).region(s.start(), duration.start());
    Boolean notify = null;
    while (m.find()) {
      notify = m.group("notify") != null;
    }
    if (notify != null) {
      return notify;
    }
    Matcher later = NOTIFY_OR_OTHER.matcher(text).region(duration.end(), s.end());
    return later.find() && later.group("notify") != null;
  }

  private static void changeNotice(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      if (!s.has(CHANGE)
          || !s.has(ADVANCE_NOTICE)
          || s.has(NOT_CHANGE_NOTICE)
          || !s.has(CHANGE_SUBJECT)) {
        continue;
      }
      for (Numbers.Found d : Numbers.durations(text, s.start(), s.end())) {
        boolean noticeNear =
            Terms.after(text, d.end(), 40, ADVANCE_NOTICE)
                || Terms.before(text, d.start(), 40, ADVANCE_NOTICE);
        if (!noticeNear) {
          continue;
        }
        Terms.addDistinct(
            out,
            Terms.quantity(
                text,
                TermField.CHANGE_NOTICE_DAYS,
                Numbers.inDays(d),
                TermUnit.DAYS,
                d.start(),
                d.end()));
        break;
      }
    }
  }

  private static void previousVersion(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      Matcher version = s.matcher(VERSION);
      if (!version.find() || !s.has(REMAIN)) {
        continue;
      }
      boolean denied = s.has(DENIED) && !s.has(VENDOR_MAY_NOT_TAKE_AWAY);
      out.add(
          Terms.flag(
              text, TermField.PREVIOUS_VERSION_RIGHT, !denied, version.start(), version.end()));
      return;
    }
  }
}
