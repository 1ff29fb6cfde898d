package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/** Retention of prompts and outputs, deletion after termination, and training on customer data. */
final class DataUseTerms {

  private static final Cue PROMPTS =
      cue(
          "prompts?|\\boutputs?\\b|\\binputs?\\b|completions?|customer content|request (and response )?(data|payloads?)"
              + "|conversations?|chat histor|inference (data|logs?)|queries");
  private static final Cue KEEP =
      cue(
          "retain|retention|\\bstor(e|ed|es|age)\\b|\\bkept\\b|\\bkeep|delet|purg|eras|discard|persist|\\blog(ged|s)?\\b");
  private static final Cue ZERO_RETENTION =
      cue(
          "zero[- ](data[- ])?retention|(shall|will|must|does|do) not (\\w+, ){0,3}(\\w+ (or|and) )?(retain|store|persist|log|keep)"
              + "|not be (retained|stored|persisted|logged|kept)|(immediately|promptly) (deleted|discarded|purged)"
              + "|discarded (immediately )?(after|upon|once)|solely in (volatile )?memory|no (prompts?|outputs?|inputs?|customer content)( or (prompts?|outputs?|inputs?))? (is|are|shall be|will be) (retained|stored|kept|logged)");
  private static final Cue AFTER_TERM =
      cue(
          "terminat|expir|end of the (term|agreement|subscription)|cessation|wind[- ]down|offboard");
  private static final Cue DELETE =
      cue("delet|destroy|eras|purg|irretrievabl|\\bwip(e|ed|es|ing)\\b");
  private static final Cue NOT_DELETION =
      cue(
          "(export|retriev|download|access|return)\\w*\\s+(?!(and|or|&) (delet|destr))([\\w,]+\\s+){0,6}$");

  private static final Cue TRAINING =
      cue(
          "\\btrain(s|ed|ing)?\\b|fine[- ]?tun(e|es|ing)\\b|retrain|improv\\w* (its|the|vendor's|our|their|any)? ?(\\w+ )?(models?|services?|products?|algorithms?)"
              + "|model (training|improvement|development)|develop\\w* (new |other )?models?|machine learning models?");
  private static final Cue CUSTOMER_DATA =
      cue(
          "customer data|customer content|customer's data|(its|their) data\\b|prompts?|\\binputs?\\b|\\boutputs?\\b|your data|customer materials|personal data|data (submitted|provided|uploaded)|customer information");
  private static final Cue OPT_OUT =
      cue(
          "opt(s|ed|ing)?[- ]out|unless (and until )?(the )?customer (objects|withdraws|disables|instructs otherwise|elects not|notifies)"
              + "|may (at any time )?(object|withdraw|disable|turn off|switch off|elect to exclude|exclude)|by default|until (the )?customer (objects|withdraws|opts)");
  private static final Cue EXPLICIT_OPT_OUT =
      cue("opt(s|ed|ing)?[- ]out|unless (and until )?(the )?customer (objects|elects not)");
  private static final Cue OPT_IN =
      cue(
          "opt(s|ed|ing)?[- ]in|prior (written |express |affirmative )*(consent|approval|agreement|authori[sz]ation)"
              + "|express(ly)? (written )?(consent|agree|authori[sz]e|elect|opt)|unless (the )?customer (has )?(expressly |first |specifically )?(consent|agree|elect|enable|request|instruct|approve|authori[sz])"
              + "|only (if|where|when|with|to the extent) (the )?customer|separately agreed in writing|(customer|it) (has )?enabled|affirmative (consent|election)");
  private static final Cue PROHIBITED =
      cue(
          "(shall|will|may|must|does|do)\\s+not\\b|\\bnot\\s+(to\\s+)?(use|be used|train)|\\bnever\\b|prohibit|no (right|licen[cs]e)|under no circumstances|\\bnor\\b|refrain|not permitted");
  private static final Cue PERMITTED =
      cue(
          "\\bmay (use|train|fine|process|also|incorporate)|is (permitted|entitled)|grants? .{0,80}(right|licen[cs]e)|free to use|entitled to use");

  private DataUseTerms() {}

  static void extract(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      if (s.has(AFTER_TERM)) {
        deletionAfterTermination(text, s, out);
      } else if (s.has(PROMPTS) && s.has(KEEP) && !s.has(TRAINING)) {
        retention(text, s, out);
      }
    }
    training(clause, out);
  }

  private static void retention(String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    List<Numbers.Found> durations = Numbers.durations(text, s.start(), s.end());
    if (!durations.isEmpty()) {
      Numbers.Found d = durations.get(0);
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.PROMPT_RETENTION_DAYS,
              Numbers.inDays(d),
              TermUnit.DAYS,
              d.start(),
              d.end()));
      return;
    }
    Matcher zero = s.matcher(ZERO_RETENTION);
    if (zero.find()) {
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.PROMPT_RETENTION_DAYS,
              BigDecimal.ZERO,
              TermUnit.DAYS,
              zero.start(),
              zero.end()));
    }
  }

  private static void deletionAfterTermination(
      String text, ClauseText.Sentence s, List<ExtractedTerm> out) {
    Matcher delete = s.matcher(DELETE);
    if (!delete.find()) {
      return;
    }
    int verb = delete.start();
    Numbers.Found nearest =
        Numbers.durations(text, s.start(), s.end()).stream()
            .filter(
                d ->
                    !Terms.before(text, d.start(), 60, NOT_DELETION)
                        || Math.abs(d.start() - verb) < 40)
            .min(
                Comparator.comparingInt(
                    d -> Math.min(Math.abs(d.start() - verb), Math.abs(verb - d.end()))))
            .orElse(null);
    if (nearest != null) {
      Terms.addDistinct(
          out,
          Terms.quantity(
              text,
              TermField.DELETION_AFTER_TERMINATION_DAYS,
              Numbers.inDays(nearest),
              TermUnit.DAYS,
              nearest.start(),
              nearest.end()));
    }
  }

  private static void training(ClauseText clause, List<ExtractedTerm> out) {
    String text = clause.text();
    for (ClauseText.Sentence s : clause.sentences()) {
      // "4. Restrictions on Training" names the topic; the body says what is agreed
      Matcher train = s.matcher(TRAINING);
      boolean found = train.find();
      while (found && train.start() < clause.headingLineEnd()) {
        found = train.find();
      }
      if (!found || !s.has(CUSTOMER_DATA)) {
        continue;
      }
      TrainingUse use =
          s.has(EXPLICIT_OPT_OUT)
              ? TrainingUse.OPT_OUT
              : s.has(OPT_IN)
                  ? TrainingUse.OPT_IN
                  : s.has(OPT_OUT)
                      ? TrainingUse.OPT_OUT
                      : s.has(PROHIBITED)
                          ? TrainingUse.PROHIBITED
                          : s.has(PERMITTED) ? TrainingUse.PERMITTED : null;
      if (use != null) {
        out.add(
            new ExtractedTerm(
                TermField.TRAINING_USE,
                new TermValue.Training(use),
                train.start(),
                train.end(),
                train.group()));
        return;
      }
    }
  }
}
