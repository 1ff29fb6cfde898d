package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.signoff.comment.AnchorKind;
import dev.signoff.comment.ThreadAnchor;
import dev.signoff.comment.ThreadStatus;
import dev.signoff.comment.ThreadView;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The top of a thread card: what the thread is about (a link into the contract where it can be
 * shown), its state and section, and the quoted text of a range or of an outdated anchor.
 */
class ThreadHeading extends Div {

  private final Map<String, String> sections;
  private final Consumer<ThreadAnchor> showInContract;
  private final HorizontalLayout line = new HorizontalLayout();
  private final Div quote = new Div();

  ThreadHeading(Map<String, String> sections, Consumer<ThreadAnchor> showInContract) {
    this.sections = sections;
    this.showInContract = showInContract;
    line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    line.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
    line.setSpacing(false);
    quote.addClassName("thread-quote");
    quote
        .getStyle()
        .set("border-left", "3px solid var(--lumo-contrast-30pct)")
        .set("padding-left", "var(--lumo-space-s)")
        .set("color", "var(--lumo-secondary-text-color)")
        .set("white-space", "pre-wrap")
        .set("font-size", "var(--lumo-font-size-s)");
    add(line, quote);
  }

  void show(ThreadView thread) {
    line.removeAll();
    ThreadAnchor anchor = thread.anchor();
    Span about = new Span(ThreadLabels.anchor(anchor));
    about.addClassName("thread-anchor");
    about.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
    if (showInContract != null && anchor.kind() != AnchorKind.DEAL && !anchor.outdated()) {
      about.getStyle().set("cursor", "pointer").set("text-decoration", "underline dotted");
      about.getElement().setAttribute("title", "Show in the contract");
      about.addClickListener(click -> showInContract.accept(anchor));
    }
    line.add(about);
    if (thread.status() == ThreadStatus.RESOLVED) {
      line.add(badge("Resolved by " + thread.resolvedBy(), Badge.Tone.SUCCESS, "thread-status"));
    } else {
      line.add(badge("Open", Badge.Tone.NEUTRAL, "thread-status"));
    }
    if (anchor.outdated()) {
      line.add(
          badge(
              "Outdated since version " + anchor.outdatedSinceVersion(),
              Badge.Tone.WARNING,
              "thread-outdated"));
    }
    if (thread.mustResolveBeforeSigning()) {
      line.add(badge("Must be resolved before signing", Badge.Tone.ERROR, "thread-blocking"));
    }
    if (thread.checklistSection() != null) {
      String section = sections.getOrDefault(thread.checklistSection(), thread.checklistSection());
      line.add(badge(section, Badge.Tone.CONTRAST, "thread-section"));
    }
    showQuote(anchor);
  }

  private void showQuote(ThreadAnchor anchor) {
    boolean quoted = anchor.kind() == AnchorKind.RANGE || anchor.outdated();
    quote.setVisible(quoted && anchor.quote() != null);
    if (quote.isVisible()) {
      String where =
          anchor.outdated()
              ? "Text of version " + anchor.version() + ", no longer in the current contract:"
              : "Version " + anchor.version() + ":";
      quote.setText(where + "\n“" + anchor.quote() + "”");
    }
  }

  private static Badge badge(String text, Badge.Tone tone, String className) {
    Badge badge = new Badge(text, tone);
    badge.addClassName(className);
    badge.getStyle().set("margin-right", "var(--lumo-space-xs)");
    return badge;
  }
}
