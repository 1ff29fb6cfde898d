package dev.signoff.search.corpus;

import dev.signoff.search.terms.TrainingUse;
import java.util.List;

/**
 * What a synthetic deal's clauses are written from.
 *
 * @param customer how the contract names the customer ("Customer", "the Client" ...)
 * @param provider how the contract names the vendor
 * @param sticking the topic whose terms made a reviewing group reject the deal, or null
 * @param trainingUse what the data clause says about training on customer data
 */
record DealFacts(
    Catalog.Vendor vendor,
    List<String> models,
    String hostingModel,
    String integrationPattern,
    Catalog.UseCase useCase,
    boolean personalData,
    boolean fineTuning,
    List<String> residency,
    String pricingModel,
    int termMonths,
    int year,
    String customer,
    String provider,
    String outcome,
    Topic sticking,
    TrainingUse trainingUse) {

  /** The customer's name in possessive form: "Customer's", "the Client's". */
  String customers() {
    return customer + "'s";
  }

  String providers() {
    return provider + "'s";
  }

  boolean saas() {
    return hostingModel.equals("VENDOR_SAAS");
  }

  boolean onPremise() {
    return hostingModel.equals("ON_PREMISE");
  }
}
