package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.SignOffView;

/** A deal's sheet and its sign-offs; the contract text is a separate component. */
class DealSummary extends VerticalLayout {

  DealSummary(DealDetails deal) {
    setPadding(false);
    setSpacing(false);
    Span stage = badge(deal.stage().label(), deal.stage().isClosed() ? "contrast" : "");
    stage.setId("deal-stage");
    add(new HorizontalLayout(new H3(deal.title()), stage));
    add(field("Vendor", deal.vendor()));
    add(field("Models", String.join(", ", deal.models())));
    add(field("Hosting", deal.hostingModel().label()));
    add(field("Use case", deal.useCase()));
    add(field("Personal data", deal.personalData() ? "yes" : "no"));
    add(field("Owner", deal.owner()));
    add(field("Submitted", Formats.dateTime(deal.submittedAt())));
    if (deal.contract() != null) {
      add(
          field(
              "Contract",
              deal.contract().fileName()
                  + " · "
                  + deal.contract().mediaType()
                  + " · sha256 "
                  + deal.contract().sha256().substring(0, 12)
                  + "…"));
    }
    HorizontalLayout signOffs = new HorizontalLayout();
    signOffs.setId("sign-offs");
    signOffs.getStyle().set("flex-wrap", "wrap");
    deal.signOffs().forEach(signOff -> signOffs.add(signOffBadge(signOff)));
    add(new Span("Sign-offs"), signOffs);
  }

  static Pre contractText(String text) {
    Pre pre = new Pre(text);
    pre.setId("contract-text");
    pre.getStyle()
        .set("white-space", "pre-wrap")
        .set("max-height", "60vh")
        .set("overflow", "auto")
        .set("padding", "var(--lumo-space-m)")
        .set("background", "var(--lumo-contrast-5pct)")
        .set("border-radius", "var(--lumo-border-radius-m)");
    return pre;
  }

  private static Span signOffBadge(SignOffView signOff) {
    String theme =
        switch (signOff.status()) {
          case APPROVED -> "success";
          case REJECTED -> "error";
          case CANCELLED -> "contrast";
          case PENDING -> "";
        };
    String text =
        signOff.label()
            + ": "
            + signOff.status().name().toLowerCase()
            + (signOff.decidedBy() == null ? "" : " by " + signOff.decidedBy());
    Span badge = badge(text, theme);
    badge.setId("sign-off-" + signOff.group());
    if (signOff.comment() != null && signOff.status() != SignOffStatus.PENDING) {
      badge.setTitle(signOff.comment());
    }
    return badge;
  }

  private static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge " + theme);
    return badge;
  }

  private static Div field(String label, String value) {
    Span name = new Span(label + ": ");
    name.getStyle().set("color", "var(--lumo-secondary-text-color)");
    return new Div(name, new Span(value));
  }
}
