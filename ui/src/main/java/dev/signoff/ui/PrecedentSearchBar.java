package dev.signoff.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentSort;
import java.util.function.Consumer;

/** The search box with its button, the choice between clause and deal hits, and the order. */
class PrecedentSearchBar extends HorizontalLayout {

  private final TextField query = new TextField();
  private final RadioButtonGroup<Granularity> granularity = new RadioButtonGroup<>();
  private final Select<PrecedentSort> sort = new Select<>();

  PrecedentSearchBar(
      Consumer<String> onSearch,
      Consumer<Granularity> onGranularity,
      Consumer<PrecedentSort> onSort) {
    setId("precedent-search-bar");
    setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    getStyle().set("flex-wrap", "wrap");
    query.setId("precedent-query");
    query.setPlaceholder("e.g. \"liability cap\" or vendor:Northwind breach");
    query.setWidth("32em");
    query.setClearButtonVisible(true);
    query.getElement().setAttribute("aria-label", "Search precedents");
    Button search = new Button("Search", click -> onSearch.accept(query.getValue()));
    search.setId("precedent-search");
    search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    search.addClickShortcut(Key.ENTER);

    granularity.setId("precedent-granularity");
    granularity.setItems(Granularity.CLAUSE, Granularity.DEAL);
    granularity.setItemLabelGenerator(level -> level == Granularity.CLAUSE ? "Clauses" : "Deals");
    granularity.getElement().setAttribute("aria-label", "Show clauses or deals");
    granularity.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            onGranularity.accept(change.getValue());
          }
        });

    sort.setId("precedent-sort");
    sort.setItems(PrecedentSort.values());
    sort.setItemLabelGenerator(
        order ->
            switch (order) {
              case RELEVANCE -> "Best match first";
              case NEWEST -> "Newest first";
              case OLDEST -> "Oldest first";
            });
    sort.getElement().setAttribute("aria-label", "Order");
    sort.addValueChangeListener(
        change -> {
          if (change.isFromClient() && change.getValue() != null) {
            onSort.accept(change.getValue());
          }
        });
    add(query, search, granularity, sort);
  }

  /** Shows the search as the address describes it. */
  void show(PrecedentSearchState state) {
    query.setValue(state.text());
    granularity.setValue(state.granularity());
    sort.setValue(state.sort());
  }
}
