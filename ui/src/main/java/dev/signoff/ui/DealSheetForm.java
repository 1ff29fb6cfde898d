package dev.signoff.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.signoff.deal.DataCategory;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.deal.PricingModel;
import dev.signoff.deal.UseCaseDomain;
import java.util.Arrays;
import java.util.List;

/** The deal sheet as a form: the short sheet first, then what refines routing and checklists. */
class DealSheetForm extends FormLayout {

  private final TextField title = new TextField("Title");
  private final TextField vendor = new TextField("Vendor");
  private final TextArea models = new TextArea("Models and versions");
  private final Select<HostingModel> hosting = new Select<>();
  private final TextArea useCase = new TextArea("Use case");
  private final Checkbox personalData = new Checkbox("Personal data is sent to the model");
  private final Select<IntegrationPattern> integration = new Select<>();
  private final MultiSelectComboBox<UseCaseDomain> domains =
      new MultiSelectComboBox<>("Use case domains");
  private final CheckboxGroup<DataCategory> dataCategories =
      new CheckboxGroup<>("Data sent to the model");
  private final TextField residency = new TextField("Data residency");
  private final Checkbox fineTuning = new Checkbox("Fine-tuned variants are in scope");
  private final Checkbox vendorMayTrain = new Checkbox("Vendor may train on our data");
  private final Select<PricingModel> pricing = new Select<>();
  private final IntegerField termMonths = new IntegerField("Contract term (months)");

  DealSheetForm() {
    identify();
    title.setRequired(true);
    title.setMaxLength(200);
    vendor.setRequired(true);
    vendor.setMaxLength(200);
    models.setRequired(true);
    models.setHelperText("One per line, e.g. \"SLM-X 1.2\"");
    hosting.setLabel("Hosting model");
    hosting.setItems(HostingModel.values());
    hosting.setItemLabelGenerator(HostingModel::label);
    hosting.setRequiredIndicatorVisible(true);
    useCase.setRequired(true);
    useCase.setMaxLength(2000);
    integration.setLabel("Integration pattern");
    integration.setItems(IntegrationPattern.values());
    integration.setItemLabelGenerator(IntegrationPattern::label);
    integration.setValue(IntegrationPattern.API);
    domains.setItems(UseCaseDomain.values());
    domains.setItemLabelGenerator(UseCaseDomain::label);
    domains.setHelperText(
        "Health, finance, legal advice, biometrics, minors or employment call for the AI risk committee");
    dataCategories.setItems(DataCategory.values());
    dataCategories.setItemLabelGenerator(DataCategory::label);
    residency.setHelperText("Region codes, comma separated, e.g. EU, US, DE");
    pricing.setLabel("Pricing model");
    pricing.setItems(PricingModel.values());
    // The empty choice ("not known yet") reaches the label generator as null.
    pricing.setItemLabelGenerator(model -> model == null ? "" : model.label());
    pricing.setEmptySelectionAllowed(true);
    pricing.setEmptySelectionCaption("Not known yet");
    termMonths.setMin(1);
    termMonths.setMax(240);
    add(
        title,
        vendor,
        models,
        hosting,
        useCase,
        personalData,
        integration,
        domains,
        dataCategories,
        residency,
        fineTuning,
        vendorMayTrain,
        pricing,
        termMonths);
    setColspan(useCase, 2);
    setColspan(dataCategories, 2);
  }

  private void identify() {
    title.setId("deal-title");
    vendor.setId("deal-vendor");
    models.setId("deal-models");
    hosting.setId("deal-hosting");
    useCase.setId("deal-use-case");
    personalData.setId("deal-personal-data");
    integration.setId("deal-integration");
    domains.setId("deal-domains");
    dataCategories.setId("deal-data-categories");
    residency.setId("deal-residency");
    fineTuning.setId("deal-fine-tuning");
    vendorMayTrain.setId("deal-vendor-may-train");
    pricing.setId("deal-pricing");
    termMonths.setId("deal-term");
  }

  /** The sheet as entered; the service validates it. */
  DealSheet value() {
    return new DealSheet(
        title.getValue(),
        vendor.getValue(),
        lines(models.getValue(), "\\R"),
        hosting.getValue(),
        useCase.getValue(),
        personalData.getValue(),
        fineTuning.getValue(),
        integration.getValue(),
        List.copyOf(domains.getSelectedItems()),
        List.copyOf(dataCategories.getSelectedItems()),
        lines(residency.getValue(), "[,;\\s]+"),
        vendorMayTrain.getValue(),
        pricing.getValue(),
        termMonths.getValue());
  }

  private static List<String> lines(String value, String separator) {
    return Arrays.stream(value.split(separator))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }
}
