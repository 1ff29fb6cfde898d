package dev.signoff.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.search.FacetCount;
import dev.signoff.search.PrecedentFacet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Narrowing a precedent search by facets: one group of checkboxes per facet with the number of hits
 * of each value. Of vendors and models the most frequent are listed; selected values always stay
 * listed, with a count of 0 when no hit has them any more.
 */
class FacetPanel extends VerticalLayout {

  /** Facets in the order they are shown; facets the search did not count are left out. */
  private static final List<PrecedentFacet> ORDER =
      List.of(
          PrecedentFacet.OUTCOME,
          PrecedentFacet.CLAUSE_TYPE,
          PrecedentFacet.SECTION_DECISION,
          PrecedentFacet.VENDOR,
          PrecedentFacet.HOSTING_MODEL,
          PrecedentFacet.RISK_TIER,
          PrecedentFacet.YEAR,
          PrecedentFacet.MODEL,
          PrecedentFacet.TRAINING_USE,
          PrecedentFacet.LIABILITY_CARVE_OUTS,
          PrecedentFacet.PREVIOUS_VERSION_RIGHT,
          PrecedentFacet.ESCROW);

  /**
   * Values listed of a facet whose values are open-ended (vendors, models), besides the selected
   * ones; the other facets have few values and list them all.
   */
  private static final int MOST_FREQUENT = 10;

  private static final Set<PrecedentFacet> OPEN_ENDED =
      Set.of(PrecedentFacet.VENDOR, PrecedentFacet.MODEL);

  FacetPanel(
      Map<PrecedentFacet, List<FacetCount>> counts,
      Map<PrecedentFacet, Set<String>> selected,
      BiConsumer<PrecedentFacet, Set<String>> onChange) {
    setId("precedent-facets");
    setPadding(false);
    setSpacing(false);
    for (PrecedentFacet facet : ORDER) {
      List<FacetCount> values = counts.get(facet);
      Set<String> chosen = selected.getOrDefault(facet, Set.of());
      if ((values == null || values.isEmpty()) && chosen.isEmpty()) {
        continue;
      }
      add(group(facet, values == null ? List.of() : values, chosen, onChange));
    }
  }

  static String id(PrecedentFacet facet) {
    return "facet-" + facet.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static CheckboxGroup<String> group(
      PrecedentFacet facet,
      List<FacetCount> values,
      Set<String> chosen,
      BiConsumer<PrecedentFacet, Set<String>> onChange) {
    Map<String, Long> countOf = new HashMap<>();
    Set<String> items = new LinkedHashSet<>();
    for (FacetCount value : values) {
      countOf.put(value.value(), value.count());
      if (!OPEN_ENDED.contains(facet) || items.size() < MOST_FREQUENT) {
        items.add(value.value());
      }
    }
    items.addAll(chosen);
    CheckboxGroup<String> group = new CheckboxGroup<>(PrecedentLabels.facet(facet));
    group.setId(id(facet));
    group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
    group.setItems(new ArrayList<>(items));
    group.setItemLabelGenerator(
        value ->
            PrecedentLabels.facetValue(facet, value)
                + " ("
                + countOf.getOrDefault(value, 0L)
                + ")");
    group.setValue(chosen);
    group.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            onChange.accept(facet, change.getValue());
          }
        });
    return group;
  }
}
