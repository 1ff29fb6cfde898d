package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractProperties;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.SignOffView;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.TaskKind;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.PermitAll;

/**
 * The deal owner's revision: what the reviewers asked for, the revised contract and an answer to
 * them. Submitting starts the next review round.
 */
@Route("revisions")
@PageTitle("Revision · Signoff")
@PermitAll
public class RevisionView extends VerticalLayout implements HasUrlParameter<String> {

  private final InboxService inbox;
  private final DealService deals;
  private final ContractProperties limits;

  public RevisionView(InboxService inbox, DealService deals, ContractProperties limits) {
    this.inbox = inbox;
    this.deals = deals;
    this.limits = limits;
    setMaxWidth("70em");
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    removeAll();
    try {
      InboxTask task = inbox.get(taskId);
      if (task.kind() != TaskKind.REVISION) {
        event.forwardTo(ReviewView.class, taskId);
        return;
      }
      show(task, deals.get(task.dealId()));
    } catch (SignoffProblem problem) {
      Paragraph missing = new Paragraph(problem.detail());
      missing.setId("task-missing");
      add(new H2("Task not available"), missing);
    }
  }

  private void show(InboxTask task, DealDetails deal) {
    H2 heading = new H2(task.name() + ": " + deal.title());
    heading.setId("task-name");

    Details contract =
        new Details(
            "Current contract"
                + (deal.contract() == null ? "" : " (version " + deal.contract().version() + ")"),
            new ContractClauses(deals.contractText(deal.id())));
    contract.setWidthFull();

    ContractUpload upload = new ContractUpload("Revised contract file", limits);
    TextArea answer = new TextArea("Your answer to the reviewers");
    answer.setId("revision-answer");
    answer.setWidthFull();
    answer.setMaxLength(4000);
    answer.setHelperText("What you changed and how it meets each request.");

    Button submit = new Button("Submit revision");
    submit.setId("submit-revision");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(click -> submit(task, upload.file(), answer.getValue(), submit));

    add(
        heading,
        new H4("What the reviewers asked"),
        requests(deal),
        contract,
        upload,
        answer,
        submit);
  }

  private void submit(InboxTask task, ContractFile file, String answer, Button submit) {
    if (file == null) {
      Problems.show(new IllegalArgumentException("Upload the revised contract file first."));
      return;
    }
    submit.setEnabled(false);
    try {
      inbox.submitRevision(task.id(), file, answer);
      Problems.success("Revised contract submitted; the next review round has started.");
      getUI().ifPresent(ui -> ui.navigate(DealView.class, task.dealId().toString()));
    } catch (RuntimeException failure) {
      submit.setEnabled(true);
      Problems.show(failure);
    }
  }

  /** The requests for changes with their comments, and the conditions of approvals. */
  private static UnorderedList requests(DealDetails deal) {
    UnorderedList list = new UnorderedList();
    list.setId("revision-requests");
    for (SignOffView signOff : deal.signOffs()) {
      if (signOff.status() == SignOffStatus.CHANGES_REQUESTED) {
        list.add(
            request(
                signOff, " asks for changes (round " + signOff.round() + ")", signOff.comment()));
      } else if (signOff.status() == SignOffStatus.APPROVED_WITH_CONDITIONS) {
        list.add(
            request(
                signOff,
                " approved with conditions",
                String.join("; ", signOff.conditions())
                    + (signOff.comment() == null ? "" : " — " + signOff.comment())));
      }
    }
    if (list.getChildren().findAny().isEmpty()) {
      list.add(new ListItem("No open requests are recorded."));
    }
    return list;
  }

  private static ListItem request(SignOffView signOff, String what, String text) {
    ListItem item =
        new ListItem(
            SignOffCard.name(signOff)
                + what
                + (signOff.decidedBy() == null ? "" : ", " + signOff.decidedBy())
                + ": "
                + (text == null ? "" : text));
    item.setId("request-" + SignOffCard.idOf(signOff));
    item.getStyle().set("white-space", "pre-wrap");
    return item;
  }
}
