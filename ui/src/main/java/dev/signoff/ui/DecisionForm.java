package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.signoff.inbox.Confirmations;
import dev.signoff.inbox.Decision;
import dev.signoff.inbox.DecisionResult;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.Outcome;
import dev.signoff.inbox.TaskKind;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The decision on a task: a comment and the outcomes the task allows. A review takes all four
 * outcomes (conditions for an approval with conditions), a pre-signoff confirmation needs the three
 * statements ticked, the final approval approves or rejects.
 */
class DecisionForm extends VerticalLayout {

  private final InboxService inbox;
  private final InboxTask task;
  private final BooleanSupplier readyToDecide;
  private final TextArea comment = new TextArea("Comment");
  private final TextArea conditions = new TextArea("Conditions");
  private final Checkbox contractMatchesDeployment =
      new Checkbox("The contract matches the deployment we plan");
  private final Checkbox riskAcceptable =
      new Checkbox("The risk is acceptable for the business and the use case");
  private final Checkbox monitoringInPlace =
      new Checkbox("Monitoring and governance are in place from day one");
  private final HorizontalLayout buttons = new HorizontalLayout();

  /**
   * @param readyToDecide runs before each decision (e.g. saves checklist answers); false stops it
   */
  DecisionForm(InboxService inbox, InboxTask task, BooleanSupplier readyToDecide) {
    this.inbox = inbox;
    this.task = task;
    this.readyToDecide = readyToDecide;
    setPadding(false);
    comment.setId("decision-comment");
    comment.setWidthFull();
    comment.setMaxLength(4000);
    add(new H4("Decision"));
    switch (task.kind()) {
      case REVIEW -> review();
      case PRE_SIGNOFF -> preSignoff();
      default -> finalApproval();
    }
    buttons.getStyle().set("flex-wrap", "wrap");
    add(buttons);
  }

  private void review() {
    comment.setHelperText(
        "Required when you request changes or reject. Other reviewers and the deal owner see it.");
    conditions.setId("decision-conditions");
    conditions.setWidthFull();
    conditions.setHelperText("One condition per line; used when you approve with conditions.");
    add(comment, conditions);
    buttons.add(
        approveButton("Approve"),
        button(
            "Approve with conditions",
            "approve-with-conditions",
            Outcome.APPROVE_WITH_CONDITIONS,
            ButtonVariant.LUMO_SUCCESS),
        button(
            "Request changes",
            "request-changes",
            Outcome.REQUEST_CHANGES,
            ButtonVariant.LUMO_CONTRAST),
        button("Reject", "reject", Outcome.REJECT, ButtonVariant.LUMO_ERROR));
  }

  private void preSignoff() {
    comment.setHelperText("Required when you reject.");
    contractMatchesDeployment.setId("confirm-deployment");
    riskAcceptable.setId("confirm-risk");
    monitoringInPlace.setId("confirm-monitoring");
    add(new VerticalLayout(contractMatchesDeployment, riskAcceptable, monitoringInPlace), comment);
    buttons.add(
        approveButton("Confirm and approve"),
        button("Reject", "reject", Outcome.REJECT, ButtonVariant.LUMO_ERROR));
  }

  private void finalApproval() {
    comment.setHelperText("Required when you reject. Other reviewers and the deal owner see it.");
    add(comment);
    buttons.add(
        approveButton("Approve"),
        button("Reject", "reject", Outcome.REJECT, ButtonVariant.LUMO_ERROR));
  }

  private Button approveButton(String text) {
    return button(
        text, "approve", Outcome.APPROVE, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
  }

  private Button button(String text, String id, Outcome outcome, ButtonVariant... variants) {
    Button button = new Button(text, click -> decide(outcome));
    button.setId(id);
    button.addThemeVariants(variants);
    return button;
  }

  private void decide(Outcome outcome) {
    buttons.setEnabled(false);
    try {
      if (!readyToDecide.getAsBoolean()) {
        buttons.setEnabled(true);
        return;
      }
      DecisionResult result = inbox.decide(task.id(), decision(outcome));
      Problems.success(
          task.name()
              + ": "
              + Labels.decided(result.outcome())
              + ". Deal is now "
              + Labels.stage(result.dealStage()).toLowerCase()
              + ".");
      getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    } catch (RuntimeException failure) {
      buttons.setEnabled(true);
      Problems.show(failure);
    }
  }

  private Decision decision(Outcome outcome) {
    List<String> given =
        outcome == Outcome.APPROVE_WITH_CONDITIONS
            ? Arrays.asList(conditions.getValue().split("\\R"))
            : List.of();
    Confirmations confirmations =
        task.kind() == TaskKind.PRE_SIGNOFF
            ? new Confirmations(
                contractMatchesDeployment.getValue(),
                riskAcceptable.getValue(),
                monitoringInPlace.getValue())
            : null;
    return new Decision(outcome, comment.getValue(), given, confirmations);
  }
}
