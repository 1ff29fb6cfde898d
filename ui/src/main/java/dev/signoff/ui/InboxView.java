package dev.signoff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.InboxTask;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The signed-in user's open tasks and those of their groups. */
@Route("")
@PageTitle("Inbox · Signoff")
@PermitAll
public class InboxView extends VerticalLayout {

  public InboxView(InboxService inbox) {
    List<InboxTask> tasks = inbox.myTasks();
    Grid<InboxTask> grid = new Grid<>();
    grid.setId("inbox-grid");
    grid.addColumn(InboxTask::dealTitle).setHeader("Deal").setAutoWidth(true).setFlexGrow(1);
    grid.addColumn(InboxTask::vendor).setHeader("Vendor").setAutoWidth(true);
    grid.addColumn(InboxTask::name).setHeader("Task").setAutoWidth(true);
    grid.addColumn(task -> task.assignee() == null ? "unclaimed" : task.assignee())
        .setHeader("Assignee");
    grid.addColumn(task -> Formats.dateTime(task.created())).setHeader("Created");
    grid.addColumn(task -> Formats.dateTime(task.due())).setHeader("Due");
    grid.setItems(tasks);
    grid.addItemClickListener(
        click -> getUI().ifPresent(ui -> ui.navigate(ReviewView.class, click.getItem().id())));
    grid.setAllRowsVisible(true);

    add(new H2("Inbox"));
    if (tasks.isEmpty()) {
      Paragraph empty = new Paragraph("No open tasks for you or your groups.");
      empty.setId("inbox-empty");
      add(empty);
    } else {
      add(new Paragraph("Open a task to read the contract and decide."), grid);
    }
  }
}
