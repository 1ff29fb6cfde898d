package dev.signoff.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small coloured label for states such as "Overdue" or "approved". Styled inline: the Lumo badge
 * styles are not part of the prebuilt front-end bundle.
 */
class Badge extends Span {

  /** The colour of a badge, by what it says. */
  enum Tone {
    NEUTRAL("var(--lumo-primary-color-10pct)", "var(--lumo-primary-text-color)"),
    SUCCESS("var(--lumo-success-color-10pct)", "var(--lumo-success-text-color)"),
    WARNING(
        "var(--lumo-warning-color-10pct, hsla(45, 100%, 50%, 0.2))",
        "var(--lumo-warning-text-color, hsl(30, 100%, 30%))"),
    ERROR("var(--lumo-error-color-10pct)", "var(--lumo-error-text-color)"),
    CONTRAST("var(--lumo-contrast-10pct)", "var(--lumo-body-text-color)");

    private final String background;
    private final String color;

    Tone(String background, String color) {
      this.background = background;
      this.color = color;
    }
  }

  Badge(String text, Tone tone) {
    super(text);
    getElement().getThemeList().add("badge");
    getStyle()
        .set("display", "inline-block")
        .set("padding", "0.15em 0.6em")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "500")
        .set("line-height", "1.5")
        .set("background", tone.background)
        .set("color", tone.color);
  }
}
