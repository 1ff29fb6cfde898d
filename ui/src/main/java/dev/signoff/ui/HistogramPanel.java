package dev.signoff.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import dev.signoff.search.Histogram;
import dev.signoff.search.terms.TermField;
import java.util.Collection;
import java.util.function.Consumer;

/** Which numeric term's distribution across all hits to chart, and the chart. */
class HistogramPanel extends VerticalLayout {

  /**
   * @param fields the numeric terms the hits have values for
   * @param chosen the term charted, or null
   * @param histogram its distribution, or null
   */
  HistogramPanel(
      Collection<TermField> fields,
      TermField chosen,
      Histogram histogram,
      Consumer<TermField> onChoose) {
    setId("precedent-histogram-panel");
    setPadding(false);
    Select<TermField> field = new Select<>();
    field.setId("precedent-histogram-field");
    field.setLabel("Chart the distribution of");
    field.setWidth("18em");
    field.setItems(fields);
    field.setItemLabelGenerator(
        term -> term == null ? "No chart" : PrecedentLabels.term(term) + unitSuffix(term));
    field.setEmptySelectionAllowed(true);
    field.setEmptySelectionCaption("No chart");
    field.setValue(chosen != null && fields.contains(chosen) ? chosen : null);
    field.addValueChangeListener(
        change -> {
          if (change.isFromClient()) {
            onChoose.accept(change.getValue());
          }
        });
    add(field);
    if (histogram != null) {
      add(
          histogram.buckets().isEmpty()
              ? new Paragraph("No hit has a value for this term.")
              : new HistogramChart(histogram));
    }
  }

  private static String unitSuffix(TermField term) {
    String unit = PrecedentLabels.unit(term);
    return unit.isEmpty() ? "" : " (" + unit + ")";
  }
}
