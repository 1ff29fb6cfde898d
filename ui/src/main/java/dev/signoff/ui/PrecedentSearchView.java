package dev.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.precedent.PrecedentRebuild;
import dev.signoff.precedent.PrecedentSearchRequest;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentResults;
import dev.signoff.search.terms.TermField;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.Set;

/**
 * "How did we negotiate this before?": search over the clauses or the deals decided before, with
 * highlighted matches, facet counts, ranges of extracted terms, a chart of one term's distribution,
 * pages and a CSV export. The search lives in the address, so it can be bookmarked and Back returns
 * to the previous one.
 */
@Route("precedents")
@PageTitle("Precedents · Signoff")
@PermitAll
public class PrecedentSearchView extends VerticalLayout implements BeforeEnterObserver {

  private final PrecedentService precedents;
  private final PrecedentSearchBar bar;
  private final VerticalLayout filters = new VerticalLayout();
  private final VerticalLayout results = new VerticalLayout();
  private final VerticalLayout summary = new VerticalLayout();
  private PrecedentSearchState state = PrecedentSearchState.initial();

  public PrecedentSearchView(PrecedentService precedents, PrecedentRebuild rebuild) {
    this.precedents = precedents;
    bar =
        new PrecedentSearchBar(
            text -> go(state.withText(text)),
            granularity -> go(state.withGranularity(granularity)),
            sort -> go(state.withSort(sort)));
    filters.setId("precedent-filters");
    filters.setPadding(false);
    filters.setWidth("20em");
    filters.getStyle().set("flex-shrink", "0");
    results.setId("precedent-results");
    results.setPadding(false);
    results.setSpacing(false);
    summary.setPadding(false);
    VerticalLayout main = new VerticalLayout(summary, results);
    main.setPadding(false);
    HorizontalLayout body = new HorizontalLayout(filters, main);
    body.setWidthFull();
    body.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.START);
    body.expand(main);
    add(
        new H2("Precedents"),
        new Paragraph(
            "Search the clauses or the deals decided before: words must all match; use \"quotes\""
                + " for phrases and field:value for heading, text, vendor or models of a clause"
                + " (title, vendor, models, useCase or contractText of a deal). Narrow the hits"
                + " by the facets and term ranges beside them."),
        bar,
        body);
    if (CurrentCaller.get().isMemberOf(Roles.ADMIN)) {
      add(new IndexRebuildPanel(rebuild));
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    show(
        PrecedentSearchState.fromParameters(
            event.getLocation().getQueryParameters().getParameters()));
  }

  /** Shows the search in the address, as a new history entry; the same search runs again. */
  private void go(PrecedentSearchState next) {
    if (next.equals(state)) {
      show(next);
      return;
    }
    UI.getCurrent().navigate(PrecedentSearchView.class, new QueryParameters(next.toParameters()));
  }

  private void show(PrecedentSearchState shown) {
    state = shown;
    bar.show(shown);
    filters.removeAll();
    results.removeAll();
    summary.removeAll();
    PrecedentSearchRequest request = shown.request();
    PrecedentResults found;
    try {
      found = precedents.search(request);
    } catch (IllegalArgumentException malformed) {
      if (!shown.pages().isEmpty()) {
        // A page token outlives neither a restart nor a change of the search: start over.
        show(shown.firstPage());
        return;
      }
      // The index says in words what it could not understand.
      Paragraph error = new Paragraph(malformed.getMessage());
      error.setId("precedent-error");
      error.getStyle().set("color", "var(--lumo-error-text-color)");
      results.add(error);
      return;
    }
    filters.add(
        new FacetPanel(
            found.facets(),
            shown.filters(),
            (facet, values) -> go(state.withFilter(facet, values))));
    if (shown.granularity() == Granularity.CLAUSE) {
      filters.add(
          new TermRangePanel(
              found.ranges(), shown.ranges(), (field, range) -> go(state.withRange(field, range))));
    }
    PrecedentPager pager =
        new PrecedentPager(
            shown.pageNumber(),
            found.hits().size(),
            found.total(),
            found.nextPage() != null,
            () -> go(state.previousPage()),
            () -> go(state.nextPage(found.nextPage())));
    results.add(pager);
    if (found.hits().isEmpty()) {
      Paragraph empty =
          new Paragraph(
              shown.filters().isEmpty() && shown.ranges().isEmpty()
                  ? "No precedent matches this search. Try other or fewer words."
                  : "No precedent matches this search. Remove a filter or widen a range.");
      empty.setId("precedent-empty");
      results.add(empty);
      return;
    }
    found.hits().forEach(hit -> results.add(new PrecedentHitCard(hit)));
    Set<TermField> charted = EnumSet.noneOf(TermField.class);
    charted.addAll(found.ranges().keySet());
    if (shown.histogram() != null) {
      charted.add(shown.histogram());
    }
    summary.add(
        new HistogramPanel(
            charted, shown.histogram(), found.histogram(), field -> go(state.withHistogram(field))),
        new PrecedentCsvLink(precedents, shown.firstPage().request()));
  }
}
