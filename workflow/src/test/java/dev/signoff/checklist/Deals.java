package dev.signoff.checklist;

import dev.signoff.deal.DataCategory;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/** Deal sheets for checklist tests, and the packaged definitions read from the source tree. */
final class Deals {

  /** The packaged definitions; tests run with the workflow module as working directory. */
  static final Path PACKAGED_DEFINITIONS = Path.of("../bpmn/src/main/resources/checklists");

  private HostingModel hostingModel = HostingModel.VENDOR_SAAS;
  private boolean fineTuning;
  private IntegrationPattern integrationPattern = IntegrationPattern.API;
  private final Set<UseCaseDomain> useCaseDomains = EnumSet.of(UseCaseDomain.GENERAL);
  private final Set<DataCategory> dataCategories = EnumSet.of(DataCategory.BUSINESS_CONFIDENTIAL);
  private boolean vendorMayTrain;
  private PricingModel pricingModel = PricingModel.FLAT;

  private Deals() {}

  static Checklists packagedChecklists() {
    return new Checklists(new ChecklistProperties(PACKAGED_DEFINITIONS));
  }

  /**
   * A deal that switches on nothing extra: vendor-hosted, API only, general business use,
   * confidential but no personal data, flat fee.
   */
  static Deals plainDeal() {
    return new Deals();
  }

  Deals hostedBy(HostingModel hostingModel) {
    this.hostingModel = hostingModel;
    return this;
  }

  Deals fineTuned() {
    this.fineTuning = true;
    return this;
  }

  Deals integratedAs(IntegrationPattern integrationPattern) {
    this.integrationPattern = integrationPattern;
    return this;
  }

  Deals usedFor(UseCaseDomain... domains) {
    useCaseDomains.clear();
    useCaseDomains.addAll(Set.of(domains));
    return this;
  }

  Deals sending(DataCategory... categories) {
    dataCategories.clear();
    dataCategories.addAll(Set.of(categories));
    return this;
  }

  Deals vendorMayTrain() {
    this.vendorMayTrain = true;
    return this;
  }

  Deals pricedBy(PricingModel pricingModel) {
    this.pricingModel = pricingModel;
    return this;
  }

  ChecklistContext context() {
    return new ChecklistContext(
        hostingModel,
        fineTuning,
        integrationPattern,
        useCaseDomains,
        dataCategories,
        vendorMayTrain,
        pricingModel);
  }
}
