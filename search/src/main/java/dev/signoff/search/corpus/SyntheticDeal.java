package dev.signoff.search.corpus;

import dev.signoff.search.terms.TermField;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A made-up past deal with an AI / small-language-model vendor: its deal sheet, its contract, how
 * its review went and what the reviewers said. Enum-like values are the names used by the deal
 * sheet ({@code VENDOR_SAAS}, {@code HIGH}, {@code PERSONAL} ...).
 *
 * @param id a stable identifier derived from the generator's seed and the deal's number
 * @param hostingModel {@code ON_PREMISE}, {@code CUSTOMER_VPC} or {@code VENDOR_SAAS}
 * @param riskTier {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param integrationPattern {@code API}, {@code EMBEDDED} or {@code AGENTS}
 * @param useCaseDomains names of use-case domains ({@code GENERAL}, {@code FINANCE} ...)
 * @param dataCategories names of data categories ({@code NONE}, {@code PERSONAL} ...)
 * @param residency ISO country or region codes where data may be processed
 * @param pricingModel {@code USAGE}, {@code CAPACITY} or {@code FLAT}
 * @param outcome {@code SIGNED}, {@code REJECTED} or {@code WITHDRAWN}
 * @param contractText the whole contract as plain text with numbered, headed clauses
 * @param clauses the contract's clauses in order; their texts are substrings of {@code
 *     contractText}
 * @param decisions each review group's decision ({@code legal}, {@code security-privacy}, {@code
 *     engineering}, {@code product} to {@code APPROVED}, {@code APPROVED_WITH_CONDITIONS}, {@code
 *     CHANGES_REQUESTED} or {@code REJECTED})
 * @param comments what reviewers wrote about particular clauses
 */
public record SyntheticDeal(
    String id,
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String useCase,
    String riskTier,
    boolean personalData,
    boolean fineTuning,
    String integrationPattern,
    List<String> useCaseDomains,
    List<String> dataCategories,
    List<String> residency,
    boolean vendorMayTrain,
    String pricingModel,
    int termMonths,
    String outcome,
    Instant submittedAt,
    Instant decidedAt,
    String contractText,
    List<SyntheticClause> clauses,
    Map<String, String> decisions,
    List<SyntheticComment> comments) {

  public SyntheticDeal {
    models = List.copyOf(models);
    useCaseDomains = List.copyOf(useCaseDomains);
    dataCategories = List.copyOf(dataCategories);
    residency = List.copyOf(residency);
    clauses = List.copyOf(clauses);
    decisions = Map.copyOf(decisions);
    comments = List.copyOf(comments);
  }

  /**
   * One clause of a synthetic contract.
   *
   * @param number as written, such as {@code "7.2"}
   * @param sectionOwner the review group that owns the clause's topic ({@code legal}, {@code
   *     security-privacy}, {@code engineering}, {@code product})
   * @param heading the heading as written, {@code ""} when the clause has none
   * @param text the clause as it stands in the contract: its number, heading and body
   * @param unusual whether the generator deliberately wrote an outlier (an unusual number, an
   *     uncommon structure or wording)
   * @param type the {@link dev.signoff.search.terms.ClauseType} name of the topic it was written
   *     for
   * @param terms the terms the generator wrote into the clause, as a reader would extract them
   */
  public record SyntheticClause(
      String number,
      String heading,
      String text,
      String sectionOwner,
      boolean unusual,
      String type,
      List<SyntheticTerm> terms) {

    public SyntheticClause {
      terms = List.copyOf(terms);
    }
  }

  /**
   * A term planted in a clause.
   *
   * @param normalised the value as {@link dev.signoff.search.terms.TermValue#normalised()} writes
   *     it: {@code "72 HOURS"}, {@code "2000000 USD"}, {@code "true"}, {@code "OPT_IN"}
   */
  public record SyntheticTerm(TermField field, String normalised) {}

  /**
   * A reviewer's remark on a clause.
   *
   * @param clauseNumber the clause it is about
   * @param group the reviewer's group
   * @param author the reviewer's user name
   * @param text the remark in plain text
   */
  public record SyntheticComment(String clauseNumber, String group, String author, String text) {}
}
