package dev.signoff.deal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the deal owner tells Signoff about a vendor deal. Only the short sheet (title, vendor,
 * models, hosting model, use case) is required; the rest refines routing and checklists and has
 * safe defaults.
 *
 * @param title short name of the deal
 * @param vendor the AI / SLM vendor
 * @param models model names and versions in scope, e.g. "SLM-X 1.2"
 * @param hostingModel where the model runs
 * @param useCase what the model will be used for
 * @param personalData whether personal data is sent to the model (kept for the short sheet; the
 *     same as listing {@code PERSONAL} among the data categories)
 * @param fineTuning whether fine-tuned variants are in scope
 * @param integrationPattern how the model is wired in (default API)
 * @param useCaseDomains the domains of the use cases (default GENERAL)
 * @param dataCategories the data sent to the model (default NONE, or PERSONAL with personalData)
 * @param residency regions where data and backups may be stored, e.g. "EU", "US", "DE"
 * @param vendorMayTrain whether the vendor may train on customer data
 * @param pricingModel how the vendor charges, if known
 * @param termMonths contract term in months, if known
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DealSheet(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 200) String vendor,
    @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> models,
    @NotNull HostingModel hostingModel,
    @NotBlank @Size(max = 2000) String useCase,
    boolean personalData,
    boolean fineTuning,
    IntegrationPattern integrationPattern,
    @Size(max = 10) List<@NotNull UseCaseDomain> useCaseDomains,
    @Size(max = 5) List<@NotNull DataCategory> dataCategories,
    @Size(max = 20)
        List<@NotNull @Pattern(regexp = "[A-Za-z]{2}(-[A-Za-z0-9]{1,8})?") String> residency,
    boolean vendorMayTrain,
    PricingModel pricingModel,
    @Min(1) @Max(240) Integer termMonths) {

  public DealSheet {
    title = strip(title);
    vendor = strip(vendor);
    useCase = strip(useCase);
    models = models == null ? List.of() : models.stream().map(DealSheet::strip).toList();
    integrationPattern = integrationPattern == null ? IntegrationPattern.API : integrationPattern;
    useCaseDomains =
        useCaseDomains == null || useCaseDomains.isEmpty()
            ? List.of(UseCaseDomain.GENERAL)
            : distinct(useCaseDomains);
    dataCategories = dataCategoriesOf(dataCategories, personalData);
    personalData = dataCategories.stream().anyMatch(DataCategory::isPersonal);
    residency =
        residency == null
            ? List.of()
            : distinct(
                residency.stream()
                    .map(region -> region == null ? null : region.strip().toUpperCase())
                    .toList());
  }

  /** The short deal sheet: everything else takes its default. */
  public DealSheet(
      String title,
      String vendor,
      List<String> models,
      HostingModel hostingModel,
      String useCase,
      boolean personalData) {
    this(
        title,
        vendor,
        models,
        hostingModel,
        useCase,
        personalData,
        false,
        null,
        null,
        null,
        null,
        false,
        null,
        null);
  }

  private static List<DataCategory> dataCategoriesOf(
      List<DataCategory> given, boolean personalData) {
    Set<DataCategory> categories = new LinkedHashSet<>(given == null ? List.of() : given);
    if (personalData
        && categories.stream().noneMatch(category -> category != null && category.isPersonal())) {
      categories.add(DataCategory.PERSONAL);
    }
    if (categories.size() > 1) {
      categories.remove(DataCategory.NONE);
    }
    if (categories.isEmpty()) {
      categories.add(DataCategory.NONE);
    }
    return new ArrayList<>(categories);
  }

  private static <T> List<T> distinct(List<T> values) {
    return new ArrayList<>(new LinkedHashSet<>(values));
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }
}
