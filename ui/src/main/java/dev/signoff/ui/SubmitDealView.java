package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractProperties;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.DealStage;
import dev.signoff.identity.Roles;
import jakarta.annotation.security.RolesAllowed;

/** The deal owner submits a deal: the deal sheet and the draft contract file. */
@Route("deals/new")
@PageTitle("Submit a deal · Signoff")
@RolesAllowed(Roles.DEAL_OWNER)
public class SubmitDealView extends VerticalLayout {

  private final DealService deals;
  private final DealSheetForm sheetForm = new DealSheetForm();
  private final ContractUpload contract;

  public SubmitDealView(DealService deals, ContractProperties limits) {
    this.deals = deals;
    this.contract = new ContractUpload("Contract file", limits);

    Button submit = new Button("Submit for review", click -> submit());
    submit.setId("submit-deal");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

    add(new H2("Submit a deal"), sheetForm, contract, submit);
    setMaxWidth("60em");
  }

  private void submit() {
    ContractFile file = contract.file();
    if (file == null) {
      Problems.show(new IllegalArgumentException("Upload the contract file first."));
      return;
    }
    DealSheet sheet = sheetForm.value();
    try {
      DealDetails deal = deals.submit(sheet, file);
      if (deal.stage() == DealStage.REJECTED) {
        Problems.show(
            new IllegalArgumentException("Rejected at intake: " + deal.rejectionReason()));
      } else {
        Problems.success(
            "Deal submitted; " + deal.requiredReviews().size() + " reviews have started.");
      }
      getUI().ifPresent(ui -> ui.navigate(DealView.class, deal.id().toString()));
    } catch (RuntimeException failure) {
      Problems.show(failure);
    }
  }
}
