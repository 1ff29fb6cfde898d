package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.function.BiConsumer;

/**
 * Chooses a range of numbers between two bounds with two native range inputs, one for the lowest
 * and one for the highest value, showing the chosen range as numbers with their unit while the
 * thumbs move. Letting go of a thumb reports the range; a range that spans both bounds is reported
 * as no narrowing (null ends).
 */
class RangeSlider extends Div {

  /** Shows the two values as the thumbs move, before the server hears of them. */
  private static final String LIVE_VALUES =
      """
      const inputs = this.querySelectorAll('input[type=range]');
      const output = this.querySelector('.range-values');
      const unit = this.dataset.unit;
      const show = () => output.textContent =
          inputs[0].value + ' – ' + inputs[1].value + (unit ? ' ' + unit : '');
      inputs.forEach(input => input.addEventListener('input', show));
      """;

  private final BigDecimal lowest;
  private final BigDecimal highest;
  private BigDecimal min;
  private BigDecimal max;

  /**
   * @param min the chosen lowest value, or null for the lowest bound
   * @param max the chosen highest value, or null for the highest bound
   * @param onChange receives the chosen lowest and highest value, each null when at its bound
   */
  RangeSlider(
      String id,
      String label,
      String unit,
      BigDecimal lowest,
      BigDecimal highest,
      BigDecimal min,
      BigDecimal max,
      BiConsumer<BigDecimal, BigDecimal> onChange) {
    this.lowest = lowest;
    this.highest = highest;
    this.min = min == null ? lowest : min;
    this.max = max == null ? highest : max;
    setId(id);
    addClassName("range-slider");
    getElement().setAttribute("data-unit", unit);
    setWidthFull();
    getStyle().set("margin-bottom", "var(--lumo-space-s)");
    Span name = new Span(label);
    name.getStyle()
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "500")
        .set("color", "var(--lumo-secondary-text-color)");
    Span values = new Span(text(this.min, this.max, unit));
    values.addClassName("range-values");
    values.setId(id + "-values");
    values.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)");
    String step = step(lowest, highest);
    Element from = input("range-min", "Lowest " + label, step, this.min);
    Element to = input("range-max", "Highest " + label, step, this.max);
    from.addEventListener(
            "change",
            event -> {
              this.min = new BigDecimal(event.getEventData().getString("element.value"));
              this.max = this.max.max(this.min);
              report(onChange);
            })
        .addEventData("element.value");
    to.addEventListener(
            "change",
            event -> {
              this.max = new BigDecimal(event.getEventData().getString("element.value"));
              this.min = this.min.min(this.max);
              report(onChange);
            })
        .addEventData("element.value");
    Button any = new Button("Any", click -> onChange.accept(null, null));
    any.addClassName("range-clear");
    any.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
    any.setVisible(min != null || max != null);
    Div heading = new Div(name, any);
    heading.getStyle().set("display", "flex").set("justify-content", "space-between");
    add(heading, values);
    getElement().appendChild(from, to);
    getElement().executeJs(LIVE_VALUES);
  }

  private void report(BiConsumer<BigDecimal, BigDecimal> onChange) {
    onChange.accept(
        min.compareTo(lowest) <= 0 ? null : min, max.compareTo(highest) >= 0 ? null : max);
  }

  private Element input(String className, String label, String step, BigDecimal value) {
    Element input = new Element("input");
    input.setAttribute("type", "range");
    input.setAttribute("min", PrecedentLabels.number(lowest));
    input.setAttribute("max", PrecedentLabels.number(highest));
    input.setAttribute("step", step);
    input.setAttribute("value", PrecedentLabels.number(value));
    input.setAttribute("aria-label", label);
    input.setAttribute("class", className);
    input.getStyle().set("width", "100%").set("display", "block");
    return input;
  }

  /** Steps fine enough for the bounds' decimals, at most two. */
  private static String step(BigDecimal lowest, BigDecimal highest) {
    int scale =
        Math.min(
            2,
            Math.max(
                Math.max(0, lowest.stripTrailingZeros().scale()),
                Math.max(0, highest.stripTrailingZeros().scale())));
    return BigDecimal.ONE.movePointLeft(scale).toPlainString();
  }

  private static String text(BigDecimal min, BigDecimal max, String unit) {
    return PrecedentLabels.number(min)
        + " – "
        + PrecedentLabels.number(max)
        + (unit.isEmpty() ? "" : " " + unit);
  }
}
