package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.signoff.deal.DataCategory;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.UseCaseDomain;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A deal's sheet and its sign-offs; the contract text is a separate component. */
class DealSummary extends VerticalLayout {

  DealSummary(DealDetails deal) {
    setPadding(false);
    setSpacing(false);
    Badge stage =
        new Badge(
            deal.stage().label(),
            deal.stage().isClosed() ? Badge.Tone.CONTRAST : Badge.Tone.NEUTRAL);
    stage.setId("deal-stage");
    add(new HorizontalLayout(new H3(deal.title()), stage));
    add(field("Vendor", deal.vendor()));
    add(field("Models", String.join(", ", deal.models())));
    add(field("Hosting", deal.hostingModel().label()));
    add(field("Use case", deal.useCase()));
    add(field("Integration", deal.integrationPattern().label()));
    add(field("Domains", labels(deal.useCaseDomains(), UseCaseDomain::label)));
    add(field("Data", labels(deal.dataCategories(), DataCategory::label)));
    if (!deal.residency().isEmpty()) {
      add(field("Residency", String.join(", ", deal.residency())));
    }
    add(field("Fine-tuning", deal.fineTuning() ? "in scope" : "no"));
    add(field("Vendor may train on our data", deal.vendorMayTrain() ? "yes" : "no"));
    if (deal.pricingModel() != null) {
      add(field("Pricing", deal.pricingModel().label()));
    }
    if (deal.termMonths() != null) {
      add(field("Term", deal.termMonths() + " months"));
    }
    if (deal.riskTier() != null) {
      Div risk = field("Risk tier", deal.riskTier().name().toLowerCase());
      risk.setId("deal-risk-tier");
      add(risk);
    }
    if (deal.reviewRound() > 1) {
      Div round = field("Review round", String.valueOf(deal.reviewRound()));
      round.setId("deal-review-round");
      add(round);
    }
    if (deal.rejectionReason() != null) {
      Div reason = field("Rejected at intake", deal.rejectionReason());
      reason.setId("deal-rejection-reason");
      add(reason);
    }
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
    deal.signOffs().forEach(signOff -> signOffs.add(new SignOffCard(signOff)));
    add(new Span("Sign-offs"), signOffs);
  }

  private static <T> String labels(List<T> values, Function<T, String> label) {
    return values.stream().map(label).collect(Collectors.joining(", "));
  }

  private static Div field(String label, String value) {
    Span name = new Span(label + ": ");
    name.getStyle().set("color", "var(--lumo-secondary-text-color)");
    return new Div(name, new Span(value));
  }
}
