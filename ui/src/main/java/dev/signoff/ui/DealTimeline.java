package dev.signoff.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.signoff.deal.SignOffHistory;
import dev.signoff.identity.Roles;
import java.util.List;

/** Steps of a deal's review, one line each: when, whose sign-off, what happened, who, and why. */
class DealTimeline extends UnorderedList {

  /** The entries in the order given. */
  DealTimeline(List<SignOffHistory> entries) {
    getStyle().set("padding-left", "var(--lumo-space-m)").set("margin", "0");
    entries.forEach(entry -> add(line(entry)));
  }

  private static ListItem line(SignOffHistory entry) {
    Span when = new Span(Formats.dateTime(entry.at()));
    when.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Span subject = new Span(" · " + subject(entry) + " · round " + entry.round() + " · ");
    subject.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Span what =
        new Span(
            Labels.timelineStep(entry.what()) + (entry.by() == null ? "" : " by " + entry.by()));
    what.addClassName("timeline-step");
    what.getStyle().set("font-weight", "600");
    ListItem item = new ListItem(when, subject, what);
    if (entry.text() != null && !entry.text().isBlank()) {
      Span text = new Span(": " + entry.text());
      text.getStyle().set("white-space", "pre-wrap");
      item.add(text);
    }
    item.addClassName("timeline-entry");
    return item;
  }

  private static String subject(SignOffHistory entry) {
    if (entry.group() == null) {
      return "Deal";
    }
    String group = Roles.label(entry.group());
    return entry.kind() == null ? group : group + " " + Labels.signOffKind(entry.kind());
  }
}
