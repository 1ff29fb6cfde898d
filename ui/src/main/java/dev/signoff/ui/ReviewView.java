package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.inbox.Decision;
import dev.signoff.inbox.DecisionResult;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.Outcome;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.PermitAll;

/** The review screen: the deal, its contract text, and the reviewer's decision with a comment. */
@Route("tasks")
@PageTitle("Review · Signoff")
@PermitAll
public class ReviewView extends VerticalLayout implements HasUrlParameter<String> {

  private final InboxService inbox;
  private final DealService deals;

  public ReviewView(InboxService inbox, DealService deals) {
    this.inbox = inbox;
    this.deals = deals;
    setSizeFull();
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    removeAll();
    try {
      InboxTask task = inbox.get(taskId);
      DealDetails deal = deals.get(task.dealId());
      show(task, deal, deals.contractText(deal.id()));
    } catch (SignoffProblem problem) {
      Paragraph missing = new Paragraph(problem.detail());
      missing.setId("task-missing");
      add(new H2("Task not available"), missing);
    }
  }

  private void show(InboxTask task, DealDetails deal, String contractText) {
    H2 heading = new H2(task.name());
    heading.setId("task-name");

    TextArea comment = new TextArea("Comment");
    comment.setId("decision-comment");
    comment.setWidthFull();
    comment.setMaxLength(4000);
    comment.setHelperText("Required when you reject. Other reviewers and the deal owner see it.");

    Button approve = new Button("Approve");
    approve.setId("approve");
    approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
    Button reject = new Button("Reject");
    reject.setId("reject");
    reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
    HorizontalLayout buttons = new HorizontalLayout(approve, reject);
    approve.addClickListener(click -> decide(task, Outcome.APPROVE, comment.getValue(), buttons));
    reject.addClickListener(click -> decide(task, Outcome.REJECT, comment.getValue(), buttons));

    VerticalLayout decision = new VerticalLayout(new DealSummary(deal), comment, buttons);
    decision.setPadding(false);
    SplitLayout split = new SplitLayout(DealSummary.contractText(contractText), decision);
    split.setSplitterPosition(60);
    split.setSizeFull();
    add(heading, split);
  }

  private void decide(InboxTask task, Outcome outcome, String comment, HorizontalLayout buttons) {
    buttons.setEnabled(false);
    try {
      DecisionResult result = inbox.decide(task.id(), new Decision(outcome, comment));
      Problems.success(
          task.name()
              + ": "
              + result.outcome().name().toLowerCase()
              + "d. Deal is now "
              + result.dealStage().toLowerCase().replace('_', ' ')
              + ".");
      getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    } catch (RuntimeException failure) {
      buttons.setEnabled(true);
      Problems.show(failure);
    }
  }
}
