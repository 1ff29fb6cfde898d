package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractProperties;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;

/** The deal owner submits a deal: the deal sheet and the draft contract file. */
@Route("deals/new")
@PageTitle("Submit a deal · Signoff")
@RolesAllowed(Roles.DEAL_OWNER)
public class SubmitDealView extends VerticalLayout {

  private final DealService deals;
  private final TextField title = new TextField("Title");
  private final TextField vendor = new TextField("Vendor");
  private final TextArea models = new TextArea("Models and versions");
  private final Select<HostingModel> hosting = new Select<>();
  private final TextArea useCase = new TextArea("Use case");
  private final Checkbox personalData = new Checkbox("Personal data is sent to the model");
  private final Span uploaded = new Span("No contract file yet.");
  private volatile ContractFile contract;

  public SubmitDealView(DealService deals, ContractProperties limits) {
    this.deals = deals;
    title.setId("deal-title");
    title.setRequired(true);
    title.setMaxLength(200);
    vendor.setId("deal-vendor");
    vendor.setRequired(true);
    vendor.setMaxLength(200);
    models.setId("deal-models");
    models.setRequired(true);
    models.setHelperText("One per line, e.g. \"SLM-X 1.2\"");
    hosting.setId("deal-hosting");
    hosting.setLabel("Hosting model");
    hosting.setItems(HostingModel.values());
    hosting.setItemLabelGenerator(HostingModel::label);
    hosting.setRequiredIndicatorVisible(true);
    useCase.setId("deal-use-case");
    useCase.setRequired(true);
    useCase.setMaxLength(2000);
    personalData.setId("deal-personal-data");

    Upload upload =
        new Upload(
            UploadHandler.inMemory(
                (metadata, bytes) -> {
                  contract = new ContractFile(metadata.fileName(), bytes);
                  uploaded.setText(metadata.fileName() + " (" + bytes.length + " bytes) ready.");
                }));
    upload.setId("contract-upload");
    upload.setMaxFiles(1);
    upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileSize().toBytes()));
    upload.setAcceptedFileTypes(
        ".txt",
        ".md",
        ".markdown",
        ".pdf",
        ".docx",
        "text/plain",
        "text/markdown",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    upload.addFileRejectedListener(
        rejected -> Problems.show(new IllegalArgumentException(rejected.getErrorMessage())));
    upload.addFileRemovedListener(
        removed -> {
          contract = null;
          uploaded.setText("No contract file yet.");
        });
    uploaded.setId("contract-upload-status");

    Button submit = new Button("Submit for review", click -> submit());
    submit.setId("submit-deal");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    FormLayout form = new FormLayout(title, vendor, models, hosting, useCase, personalData);
    form.setColspan(useCase, 2);
    add(
        new H2("Submit a deal"),
        form,
        new Span(
            "Contract file (plain text, Markdown, PDF or DOCX, up to "
                + limits.maxFileSize().toMegabytes()
                + " MB)"),
        upload,
        uploaded,
        submit);
    setMaxWidth("60em");
  }

  private void submit() {
    if (contract == null) {
      Problems.show(new IllegalArgumentException("Upload the contract file first."));
      return;
    }
    List<String> modelList =
        Arrays.stream(models.getValue().split("\\R"))
            .map(String::strip)
            .filter(line -> !line.isEmpty())
            .toList();
    DealSheet sheet =
        new DealSheet(
            title.getValue(),
            vendor.getValue(),
            modelList,
            hosting.getValue(),
            useCase.getValue(),
            personalData.getValue());
    try {
      DealDetails deal = deals.submit(sheet, contract);
      Problems.success("Deal submitted; the review has started.");
      getUI().ifPresent(ui -> ui.navigate(DealView.class, deal.id().toString()));
    } catch (RuntimeException failure) {
      Problems.show(failure);
    }
  }
}
