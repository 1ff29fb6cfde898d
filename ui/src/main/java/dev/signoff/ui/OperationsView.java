package dev.signoff.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.identity.Roles;
import dev.signoff.operations.FailedJob;
import dev.signoff.operations.ProcessIncident;
import dev.signoff.operations.ProcessInstanceState;
import dev.signoff.operations.ProcessOperations;
import dev.signoff.problem.SignoffProblem;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.UUID;

/**
 * Process operations for admins, in place of the engine's web apps: open incidents and failed jobs
 * with a Retry button, and a deal's process instances with the model drawn where each one waits.
 * {@code ?deal=<id>} opens a deal's instances directly.
 */
@Route("admin/operations")
@PageTitle("Operations · Signoff")
@RolesAllowed(Roles.ADMIN)
public class OperationsView extends VerticalLayout implements BeforeEnterObserver {

  private final ProcessOperations operations;
  private final Grid<ProcessIncident> incidents = new Grid<>();
  private final Grid<FailedJob> failedJobs = new Grid<>();
  private final TextField dealId = new TextField("Deal id");
  private final Div instances = new Div();

  public OperationsView(ProcessOperations operations) {
    this.operations = operations;
    setId("operations-view");
    incidents.setId("incidents-grid");
    incidents.addColumn(incident -> Formats.dateTime(incident.since())).setHeader("Since");
    incidents.addColumn(ProcessIncident::type).setHeader("Type").setAutoWidth(true);
    incidents.addColumn(ProcessIncident::activityId).setHeader("Element").setAutoWidth(true);
    incidents.addColumn(ProcessIncident::message).setHeader("Message").setFlexGrow(1);
    incidents.addComponentColumn(incident -> dealLink(incident.dealId())).setHeader("Deal");
    incidents
        .addComponentColumn(incident -> retryButton(incident.jobId()))
        .setHeader("")
        .setAutoWidth(true);
    incidents.setAllRowsVisible(true);

    failedJobs.setId("failed-jobs-grid");
    failedJobs.addColumn(FailedJob::activityId).setHeader("Element").setAutoWidth(true);
    failedJobs.addColumn(FailedJob::retries).setHeader("Retries left").setAutoWidth(true);
    failedJobs.addColumn(FailedJob::exceptionMessage).setHeader("Last error").setFlexGrow(1);
    failedJobs.addComponentColumn(job -> dealLink(job.dealId())).setHeader("Deal");
    failedJobs.addComponentColumn(job -> retryButton(job.id())).setHeader("").setAutoWidth(true);
    failedJobs.setAllRowsVisible(true);

    dealId.setId("operations-deal-id");
    dealId.setWidth("24em");
    Button show = new Button("Show instances", click -> showInstances(dealId.getValue()));
    show.setId("show-instances");
    HorizontalLayout dealPicker = new HorizontalLayout(dealId, show);
    dealPicker.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
    instances.setId("process-instances");
    instances.setWidthFull();

    add(
        new H2("Operations"),
        new H3("Incidents"),
        incidents,
        new H3("Failed jobs"),
        failedJobs,
        new H3("Process instances of a deal"),
        dealPicker,
        instances);
    refresh();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter("deal")
        .ifPresent(
            deal -> {
              dealId.setValue(deal);
              showInstances(deal);
            });
  }

  private void refresh() {
    List<ProcessIncident> open = operations.incidents();
    incidents.setItems(open);
    failedJobs.setItems(operations.failedJobs());
  }

  private Button retryButton(String jobId) {
    Button retry = new Button("Retry");
    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
    retry.setEnabled(jobId != null);
    retry.getElement().setAttribute("data-job-id", jobId == null ? "" : jobId);
    retry.addClickListener(
        click -> {
          try {
            operations.retry(jobId);
            Problems.success("The job gets another attempt.");
          } catch (SignoffProblem failure) {
            Problems.show(failure);
          }
          refresh();
          if (!dealId.isEmpty()) {
            showInstances(dealId.getValue());
          }
        });
    return retry;
  }

  private Button dealLink(String deal) {
    Button link = new Button(deal == null ? "—" : deal.substring(0, Math.min(8, deal.length())));
    link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
    link.setEnabled(deal != null);
    link.addClickListener(
        click -> {
          dealId.setValue(deal);
          showInstances(deal);
        });
    return link;
  }

  private void showInstances(String value) {
    instances.removeAll();
    UUID deal;
    try {
      deal = UUID.fromString(value.strip());
    } catch (IllegalArgumentException notAnId) {
      instances.add(new Paragraph("'" + value + "' is not a deal id."));
      return;
    }
    List<ProcessInstanceState> states = operations.instancesOf(deal);
    if (states.isEmpty()) {
      instances.add(new Paragraph("No process instance for deal " + deal + "."));
      return;
    }
    for (ProcessInstanceState state : states) {
      Paragraph summary =
          new Paragraph(
              "Instance "
                  + state.id()
                  + " ("
                  + state.definitionId()
                  + "), started "
                  + Formats.dateTime(state.started())
                  + (state.running()
                      ? "; waits in " + String.join(", ", state.activeActivities())
                      : "; ended " + Formats.dateTime(state.ended()))
                  + (state.incidentActivities().isEmpty()
                      ? ""
                      : "; incidents at " + String.join(", ", state.incidentActivities())));
      summary.addClassName("process-instance-summary");
      Div diagram = new Div(new Html("<div>" + operations.diagramOf(state) + "</div>"));
      diagram.addClassName("process-diagram-frame");
      diagram
          .getStyle()
          .set("overflow-x", "auto")
          .set("border", "1px solid var(--lumo-contrast-10pct)");
      instances.add(summary, diagram);
    }
  }
}
