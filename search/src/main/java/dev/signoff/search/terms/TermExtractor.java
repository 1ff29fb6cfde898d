package dev.signoff.search.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Extracts typed AI-deal terms from the text of one clause by rules.
 *
 * <p>Numbers are read as contracts write them: digits, words, "thirty (30)", "1.5x", "99.9%",
 * "ninety-nine point nine percent", money such as "USD 2,000,000", "$2M", "€500k" or "two million
 * euros". Durations are normalised as described on {@link TermUnit}: days measured in hours are 24
 * hours each (also business days), weeks 7 days, months 30 days, years 365 days.
 */
public final class TermExtractor {

  private TermExtractor() {}

  /**
   * Extracts the terms of one clause.
   *
   * @param heading the clause heading, may be empty or null
   * @param text the clause text; the spans of the returned terms are offsets into it
   * @return the terms found, in the order of their evidence in the text; empty when none
   */
  public static List<ExtractedTerm> extract(String heading, String text) {
    ClauseText clause = new ClauseText(heading, text);
    List<ExtractedTerm> terms = new ArrayList<>();
    LiabilityTerms.extract(clause, terms);
    NoticeTerms.extract(clause, terms);
    ServiceLevelTerms.extract(clause, terms);
    DataUseTerms.extract(clause, terms);
    PricingTerms.extract(clause, terms);
    ExitTerms.extract(clause, terms);
    terms.sort(Comparator.comparingInt(ExtractedTerm::start));
    // the rules read the folded text; the evidence is quoted as the contract writes it
    return terms.stream()
        .map(
            t ->
                new ExtractedTerm(
                    t.field(), t.value(), t.start(), t.end(), text.substring(t.start(), t.end())))
        .toList();
  }
}
