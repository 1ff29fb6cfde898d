package dev.signoff.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.search.PrecedentResults.ValueRange;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Narrowing clause hits by numeric terms: a range slider for each term found among the hits,
 * spanning the lowest to the highest value found (and the range chosen, if it reaches further).
 */
class TermRangePanel extends VerticalLayout {

  TermRangePanel(
      Map<TermField, ValueRange> found,
      Map<TermField, TermRange> chosen,
      BiConsumer<TermField, TermRange> onChange) {
    setId("precedent-ranges");
    setWidthFull();
    setPadding(false);
    setSpacing(false);
    add(new H4("Terms"));
    for (TermField field : TermField.values()) {
      ValueRange range = found.get(field);
      TermRange selected = chosen.get(field);
      if (!PrecedentSearchState.isNumeric(field) || (range == null && selected == null)) {
        continue;
      }
      BigDecimal lowest = lowest(range, selected);
      BigDecimal highest = highest(range, selected);
      if (lowest == null || highest == null) {
        continue;
      }
      if (lowest.compareTo(highest) >= 0) {
        if (selected == null) {
          continue;
        }
        // One value only: still a slider, so that the narrowing can be taken back.
        highest = lowest.add(BigDecimal.ONE);
      }
      add(
          new RangeSlider(
              id(field),
              PrecedentLabels.term(field),
              PrecedentLabels.unit(field),
              lowest,
              highest,
              selected == null ? null : selected.min(),
              selected == null ? null : selected.max(),
              (min, max) ->
                  onChange.accept(
                      field, min == null && max == null ? null : new TermRange(field, min, max))));
    }
  }

  static String id(TermField field) {
    return "range-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static BigDecimal lowest(ValueRange range, TermRange selected) {
    BigDecimal lowest = range == null ? null : range.min();
    if (selected != null && selected.min() != null) {
      lowest = lowest == null ? selected.min() : lowest.min(selected.min());
    }
    if (lowest == null && selected != null && selected.max() != null) {
      lowest = selected.max();
    }
    return lowest;
  }

  private static BigDecimal highest(ValueRange range, TermRange selected) {
    BigDecimal highest = range == null ? null : range.max();
    if (selected != null && selected.max() != null) {
      highest = highest == null ? selected.max() : highest.max(selected.max());
    }
    if (highest == null && selected != null && selected.min() != null) {
      highest = selected.min();
    }
    return highest;
  }
}
