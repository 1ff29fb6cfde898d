package dev.signoff.checklist;

import dev.signoff.deal.DataCategory;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import java.util.Objects;
import java.util.Set;

/**
 * The facts from a deal sheet that decide which checklist items apply.
 *
 * @param hostingModel where the model runs
 * @param fineTuning whether the model is fine-tuned for us
 * @param integrationPattern how the model is wired into our systems
 * @param useCaseDomains the domains of the planned use cases
 * @param dataCategories the kinds of data sent to the model
 * @param vendorMayTrain whether the vendor may train its models on our data
 * @param pricingModel how the vendor charges (null while unknown: pricing conditions then do not
 *     hold)
 */
public record ChecklistContext(
    HostingModel hostingModel,
    boolean fineTuning,
    IntegrationPattern integrationPattern,
    Set<UseCaseDomain> useCaseDomains,
    Set<DataCategory> dataCategories,
    boolean vendorMayTrain,
    PricingModel pricingModel) {

  public ChecklistContext {
    Objects.requireNonNull(hostingModel, "hostingModel");
    Objects.requireNonNull(integrationPattern, "integrationPattern");
    useCaseDomains = useCaseDomains == null ? Set.of() : Set.copyOf(useCaseDomains);
    dataCategories = dataCategories == null ? Set.of() : Set.copyOf(dataCategories);
  }
}
