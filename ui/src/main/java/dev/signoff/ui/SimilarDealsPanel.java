package dev.signoff.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.search.PrecedentHit;
import java.util.List;
import java.util.UUID;

/**
 * Past deals like this one by deal sheet and contract, loaded when the section is opened: title
 * linking to the deal, vendor, outcome and when it was decided.
 */
class SimilarDealsPanel extends Details {

  static final int LIMIT = 8;

  private final Div list = new Div();
  private boolean loaded;

  SimilarDealsPanel(PrecedentService precedents, UUID dealId) {
    super("Similar past deals");
    setId("similar-deals");
    setWidthFull();
    list.setId("similar-deals-list");
    add(list);
    addOpenedChangeListener(
        change -> {
          if (change.isOpened() && !loaded) {
            loaded = true;
            load(precedents, dealId);
          }
        });
  }

  private void load(PrecedentService precedents, UUID dealId) {
    try {
      List<PrecedentHit> similar = precedents.similarDeals(dealId, LIMIT);
      if (similar.isEmpty()) {
        list.add(new Paragraph("No past deal is like this one."));
      }
      similar.forEach(deal -> list.add(line(deal)));
    } catch (RuntimeException failure) {
      loaded = false;
      Problems.show(failure);
    }
  }

  private static Div line(PrecedentHit deal) {
    var title = ClauseFocus.link(deal.dealId(), deal.title(), null);
    title.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
    Span meta =
        new Span(" " + deal.vendor() + " · decided " + Formats.date(deal.decidedAt()) + " ");
    meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Div line = new Div(title, new OutcomeBadge(deal.outcome()), meta);
    line.addClassName("similar-deal");
    line.getStyle().set("padding", "var(--lumo-space-xs) 0");
    return line;
  }
}
