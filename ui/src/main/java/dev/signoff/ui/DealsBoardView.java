package dev.signoff.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Roles;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;

/** Every deal the user may see, with its stage and which sign-offs are done and pending. */
@Route("deals")
@PageTitle("Deals · Signoff")
@PermitAll
public class DealsBoardView extends VerticalLayout {

  public DealsBoardView(DealService deals) {
    List<DealDetails> all = deals.list();
    Grid<DealDetails> grid = new Grid<>();
    grid.setId("deals-grid");
    grid.addColumn(DealDetails::title)
        .setHeader("Deal")
        .setAutoWidth(true)
        .setFlexGrow(1)
        .setSortable(true);
    grid.addColumn(DealDetails::vendor).setHeader("Vendor").setAutoWidth(true).setSortable(true);
    grid.addColumn(deal -> deal.stage().label())
        .setHeader("Stage")
        .setAutoWidth(true)
        .setSortable(true);
    grid.addColumn(deal -> labels(deal.signOffsDone())).setHeader("Signed off").setAutoWidth(true);
    grid.addColumn(deal -> labels(deal.signOffsPending())).setHeader("Pending").setAutoWidth(true);
    grid.addColumn(deal -> Formats.dateTime(deal.submittedAt()))
        .setHeader("Submitted")
        .setAutoWidth(true);
    grid.setItems(all);
    grid.setAllRowsVisible(true);
    grid.addItemClickListener(
        click ->
            getUI().ifPresent(ui -> ui.navigate(DealView.class, click.getItem().id().toString())));
    add(
        new H2("Deals"),
        new Paragraph(all.size() + " deals you can see. Open one for its sign-offs and contract."),
        grid);
  }

  private static String labels(List<String> groups) {
    return groups.isEmpty()
        ? "—"
        : groups.stream().map(Roles::label).collect(Collectors.joining(", "));
  }
}
