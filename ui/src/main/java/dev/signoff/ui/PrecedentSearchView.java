package dev.signoff.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import dev.signoff.deal.HostingModel;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.precedent.PrecedentRebuild;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.search.PrecedentHit;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * "How did we negotiate this before?": full-text search over decided deals with highlighted
 * matches.
 */
@Route("precedents")
@PageTitle("Precedents · Signoff")
@PermitAll
public class PrecedentSearchView extends VerticalLayout {

  private final PrecedentService precedents;
  private final VerticalLayout results = new VerticalLayout();

  public PrecedentSearchView(PrecedentService precedents, PrecedentRebuild rebuild) {
    this.precedents = precedents;
    TextField query = new TextField();
    query.setId("precedent-query");
    query.setPlaceholder("e.g. \"liability cap\" or vendor:Northwind breach");
    query.setWidth("40em");
    Button search = new Button("Search", click -> search(query.getValue()));
    search.setId("precedent-search");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickShortcut(Key.ENTER);
    results.setId("precedent-results");
    results.setPadding(false);
    add(
        new H2("Precedents"),
        new Paragraph(
            "Search signed deals: words must all match; use \"quotes\" for phrases and field:value"
                + " for title, vendor, models, useCase or contractText."),
        new HorizontalLayout(query, search),
        results);
    if (CurrentCaller.get().isMemberOf(Roles.ADMIN)) {
      add(new IndexRebuildPanel(rebuild));
    }
  }

  private void search(String query) {
    results.removeAll();
    try {
      List<PrecedentHit> hits = precedents.search(query, 20);
      Span count = new Span(hits.size() == 1 ? "1 precedent" : hits.size() + " precedents");
      count.setId("precedent-count");
      results.add(count);
      hits.forEach(hit -> results.add(card(hit)));
    } catch (RuntimeException failure) {
      Problems.show(failure);
    }
  }

  private static String hostingLabel(String hostingModel) {
    try {
      return HostingModel.valueOf(hostingModel).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return String.valueOf(hostingModel);
    }
  }

  private static Div card(PrecedentHit hit) {
    Anchor title =
        new Anchor(
            RouteConfiguration.forSessionScope().getUrl(DealView.class, hit.dealId()), hit.title());
    title.getStyle().set("font-weight", "600");
    Span meta =
        new Span(
            hit.vendor()
                + " · "
                + String.join(", ", hit.models())
                + " · "
                + hostingLabel(hit.hostingModel())
                + " · "
                + hit.outcome().toLowerCase()
                + " "
                + Formats.dateTime(hit.decidedAt()));
    meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("display", "block");
    Div card = new Div(title, meta);
    card.addClassName("precedent-hit");
    card.getStyle()
        .set("padding", "var(--lumo-space-s) 0")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
    // Fragments are HTML-escaped by the index; the only markup in them is <mark> around matches.
    hit.fragments()
        .forEach(
            fragment -> card.add(new Html("<p class=\"precedent-fragment\">" + fragment + "</p>")));
    return card;
  }
}
