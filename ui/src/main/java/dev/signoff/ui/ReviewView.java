package dev.signoff.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.SignOffHistory;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.TaskKind;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The review screen: the contract as numbered clauses beside the deal, the group's checklist, the
 * decision and the history of earlier rounds. Revision tasks have a screen of their own.
 */
@Route("tasks")
@PageTitle("Review · Signoff")
@PermitAll
public class ReviewView extends VerticalLayout implements HasUrlParameter<String> {

  private final InboxService inbox;
  private final DealService deals;
  private final CommentServices comments;
  private final PrecedentService precedents;

  public ReviewView(
      InboxService inbox,
      DealService deals,
      CommentServices comments,
      PrecedentService precedents) {
    this.inbox = inbox;
    this.deals = deals;
    this.comments = comments;
    this.precedents = precedents;
    setSizeFull();
  }

  @Override
  public void setParameter(BeforeEvent event, String taskId) {
    removeAll();
    try {
      InboxTask task = inbox.get(taskId);
      if (task.kind() == TaskKind.REVISION) {
        event.forwardTo(RevisionView.class, taskId);
        return;
      }
      show(task, deals.get(task.dealId()), CommentThreadsPanel.linkedThread(event));
    } catch (SignoffProblem problem) {
      Paragraph missing = new Paragraph(problem.detail());
      missing.setId("task-missing");
      add(new H2("Task not available"), missing);
    }
  }

  private void show(InboxTask task, DealDetails deal, Optional<UUID> linkedThread) {
    H2 heading = new H2(task.name());
    heading.setId("task-name");
    HorizontalLayout title =
        new HorizontalLayout(heading, new Badge(deal.title(), Badge.Tone.CONTRAST));
    title.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    if (task.overdue()) {
      title.add(new Badge("Overdue since " + Formats.dateTime(task.due()), Badge.Tone.ERROR));
    }

    ContractClauses contract = new ContractClauses(deals.contractText(deal.id()));
    CommentThreadsPanel threads = new CommentThreadsPanel(comments, deal, contract);
    ContractPrecedents.connect(contract, deal.id(), precedents);
    linkedThread.ifPresent(threads::highlight);
    VerticalLayout side =
        new VerticalLayout(
            new DealSummary(deal), threads, new SimilarDealsPanel(precedents, deal.id()));
    side.setPadding(false);
    DecisionForm decision;
    if (task.kind() == TaskKind.REVIEW) {
      ChecklistPanel checklist = new ChecklistPanel(inbox, task.id(), inbox.checklist(task.id()));
      side.add(checklist);
      decision = new DecisionForm(inbox, task, checklist::saveChanges);
    } else {
      decision = new DecisionForm(inbox, task, () -> true);
    }
    side.add(decision, history(task, deal));

    contract.setHeightFull();
    SplitLayout split = new SplitLayout(contract, side);
    split.setSplitterPosition(55);
    split.setSizeFull();
    add(title, split);
    expand(split);
  }

  /** The deal's steps that concern this group or the whole deal, newest first. */
  private Details history(InboxTask task, DealDetails deal) {
    List<SignOffHistory> entries = new ArrayList<>();
    for (SignOffHistory entry : deals.timeline(deal.id())) {
      if (entry.group() == null || entry.group().equals(task.candidateGroup())) {
        entries.add(entry);
      }
    }
    Collections.reverse(entries);
    Details history = new Details("History", new DealTimeline(entries));
    history.setId("history");
    history.setOpened(deal.reviewRound() > 1);
    history.setWidthFull();
    return history;
  }
}
