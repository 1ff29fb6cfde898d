package dev.signoff.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.signoff.contract.ClauseDiff;
import dev.signoff.contract.ClauseStatus;
import dev.signoff.contract.DiffSegment;

/**
 * One clause of a redline: its number and what happened to it as badges, then its text with
 * insertions underlined on green and deletions struck through on red. Contract text is only ever
 * set as text, never as HTML.
 */
class ClauseRedline extends Div {

  ClauseRedline(ClauseDiff clause) {
    addClassName("redline-clause");
    getElement().setAttribute("data-status", clause.status().name());
    getStyle()
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-s)")
        .set("border-left", "3px solid " + borderColour(clause.status()))
        .set("background", "var(--lumo-contrast-5pct)")
        .set("border-radius", "var(--lumo-border-radius-m)");
    add(header(clause), text(clause));
  }

  private static HorizontalLayout header(ClauseDiff clause) {
    String number = clause.number();
    String label = clause.label().equals("preamble") ? "Preamble" : clause.label();
    Span title = new Span(number.isEmpty() ? label : number);
    title.addClassName("redline-number");
    title.getStyle().set("font-weight", "600");
    HorizontalLayout header = new HorizontalLayout(title);
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    switch (clause.status()) {
      case ADDED -> header.add(badge("added", Badge.Tone.SUCCESS));
      case REMOVED -> header.add(badge("removed", Badge.Tone.ERROR));
      case UNCHANGED -> header.add(badge("unchanged", Badge.Tone.CONTRAST));
      default -> {
        if (clause.moved()) {
          header.add(badge("moved from " + where(clause), Badge.Tone.WARNING));
        }
        if (clause.changed()) {
          header.add(badge("changed", Badge.Tone.NEUTRAL));
        }
        if (clause.renumbered() && !clause.moved()) {
          header.add(badge("renumbered from " + clause.oldNumber(), Badge.Tone.CONTRAST));
        }
      }
    }
    return header;
  }

  private static Badge badge(String text, Badge.Tone tone) {
    Badge badge = new Badge(text, tone);
    badge.addClassName("redline-badge");
    return badge;
  }

  /** Where a moved clause stood before: its old number, or its old label when unnumbered. */
  private static String where(ClauseDiff clause) {
    return clause.oldNumber().isEmpty() ? clause.oldLabel() : clause.oldNumber();
  }

  private static Div text(ClauseDiff clause) {
    Div text = new Div();
    text.addClassName("redline-text");
    text.getStyle().set("white-space", "pre-wrap").set("margin-top", "var(--lumo-space-xs)");
    for (DiffSegment segment : clause.segments()) {
      text.add(
          switch (segment.kind()) {
            case EQUAL -> new Span(segment.text());
            case INSERTED -> new Inserted(segment.text());
            case DELETED -> new Deleted(segment.text());
          });
    }
    return text;
  }

  private static String borderColour(ClauseStatus status) {
    return switch (status) {
      case ADDED -> "var(--lumo-success-color)";
      case REMOVED -> "var(--lumo-error-color)";
      case MOVED -> "var(--lumo-warning-color, hsl(45, 100%, 45%))";
      case CHANGED -> "var(--lumo-primary-color)";
      case RENUMBERED, UNCHANGED -> "var(--lumo-contrast-20pct)";
    };
  }

  /** Inserted text, as HTML marks it: underlined, on green. */
  @Tag("ins")
  static final class Inserted extends HtmlContainer {

    Inserted(String text) {
      setText(text);
      getStyle()
          .set("text-decoration", "underline")
          .set("background", "var(--lumo-success-color-10pct)")
          .set("color", "var(--lumo-success-text-color)");
    }
  }

  /** Deleted text, as HTML marks it: struck through, on red. */
  @Tag("del")
  static final class Deleted extends HtmlContainer {

    Deleted(String text) {
      setText(text);
      getStyle()
          .set("text-decoration", "line-through")
          .set("background", "var(--lumo-error-color-10pct)")
          .set("color", "var(--lumo-error-text-color)");
    }
  }
}
