package dev.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.TaskKind;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Stream;

/**
 * The signed-in user's open tasks and those of their groups, overdue first. Group tasks nobody has
 * taken can be claimed from the list, claimed ones given back or handed to another member of the
 * group; a row opens its task. Managers also see the reviews escalated to them.
 */
@Route("")
@PageTitle("Inbox · Signoff")
@PermitAll
public class InboxView extends VerticalLayout {

  private final InboxService inbox;
  private final String me;
  private final boolean mayReassign;
  private final Grid<InboxTask> grid = new Grid<>();
  private final Paragraph empty = new Paragraph("No open tasks for you or your groups.");
  private final Paragraph hint = new Paragraph("Open a task to read the contract and decide.");
  private final InboxActivity activity;

  public InboxView(InboxService inbox, DealService deals, CommentServices comments) {
    this.inbox = inbox;
    this.activity = new InboxActivity(comments);
    Caller caller = CurrentCaller.get();
    this.me = caller.username();
    this.mayReassign = caller.isMemberOfAny(List.of(Roles.MANAGER, Roles.ADMIN));
    grid.setId("inbox-grid");
    grid.addColumn(InboxTask::dealTitle).setHeader("Deal").setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(InboxTask::vendor).setHeader("Vendor").setAutoWidth(true);
    grid.addColumn(InboxTask::name).setHeader("Task").setAutoWidth(true);
    grid.addComponentColumn(task -> new Badge(Labels.taskKind(task.kind()), Badge.Tone.CONTRAST))
        .setHeader("Kind")
        .setAutoWidth(true);
    grid.addComponentColumn(InboxView::due).setHeader("Due").setAutoWidth(true);
    grid.addColumn(task -> Formats.dateTime(task.created())).setHeader("Created");
    grid.addComponentColumn(this::assignee).setHeader("Assignee").setAutoWidth(true);
    grid.addComponentColumn(activity::of).setHeader("Comments").setAutoWidth(true);
    comments.live().keepFresh(this, activity::concerns, true, this::refreshActivity);
    grid.addItemClickListener(click -> open(click.getItem()));
    grid.setAllRowsVisible(true);
    empty.setId("inbox-empty");
    add(new H2("Inbox"));
    if (mayReassign) {
      add(new EscalatedReviews(deals.escalatedReviews()));
    }
    refresh();
  }

  private void refresh() {
    List<InboxTask> tasks = inbox.myTasks();
    activity.load(tasks.stream().map(InboxTask::dealId).toList());
    grid.setItems(tasks);
    // The grid leaves the page when there is nothing to list, so an empty grid never shows.
    Stream.of(empty, hint, grid)
        .filter(shown -> shown.getParent().isPresent())
        .forEach(this::remove);
    if (tasks.isEmpty()) {
      add(empty);
    } else {
      add(hint, grid);
    }
  }

  private void refreshActivity() {
    activity.reload();
    grid.getDataProvider().refreshAll();
  }

  private void open(InboxTask task) {
    getUI()
        .ifPresent(
            ui -> {
              if (task.kind() == TaskKind.REVISION) {
                ui.navigate(RevisionView.class, task.id());
              } else {
                ui.navigate(ReviewView.class, task.id());
              }
            });
  }

  private static Component due(InboxTask task) {
    HorizontalLayout due = new HorizontalLayout(new Span(Formats.dateTime(task.due())));
    due.setSpacing(false);
    if (task.overdue()) {
      Badge overdue = new Badge("Overdue", Badge.Tone.ERROR);
      overdue.addClassName("overdue");
      overdue.getStyle().set("margin-left", "var(--lumo-space-s)");
      due.add(overdue);
    } else if (task.reminded()) {
      Badge soon = new Badge("Due soon", Badge.Tone.WARNING);
      soon.addClassName("due-soon");
      soon.getStyle().set("margin-left", "var(--lumo-space-s)");
      due.add(soon);
    }
    return due;
  }

  private Component assignee(InboxTask task) {
    if (task.assignee() != null) {
      Span name = new Span(task.assignee());
      name.addClassName("assignee-name");
      HorizontalLayout assigned = new HorizontalLayout(name);
      assigned.setDefaultVerticalComponentAlignment(Alignment.CENTER);
      if (task.candidateGroup() != null && (task.assignee().equals(me) || mayReassign)) {
        assigned.add(new TaskHandOver(inbox, task, this::refresh));
      }
      return assigned;
    }
    Button claim = new Button("Claim", click -> claim(task));
    claim.setId("claim-" + task.id());
    claim.addClassName("claim");
    claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
    // The click claims the task; it must not also open it as a click on the row would.
    claim
        .getElement()
        .addEventListener("click", ignored -> {})
        .addEventData("event.stopPropagation()");
    return claim;
  }

  private void claim(InboxTask task) {
    try {
      InboxTask claimed = inbox.claim(task.id());
      Problems.success(claimed.name() + " of " + claimed.dealTitle() + " is now yours.");
      refresh();
    } catch (RuntimeException failure) {
      Problems.show(failure);
      refresh();
    }
  }
}
