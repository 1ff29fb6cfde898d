package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.signoff.identity.Roles;
import dev.signoff.search.ClauseHit;
import dev.signoff.search.PrecedentHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One precedent: the deal (title linking to it, vendor, outcome, decided date) and, for a clause
 * hit, the clause (number and heading, types, its section's decision, extracted terms) with the
 * matching passages highlighted.
 */
class PrecedentHitCard extends Div {

  PrecedentHitCard(PrecedentHit hit) {
    addClassName("precedent-hit");
    getStyle()
        .set("padding", "var(--lumo-space-s) 0")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
        .set("width", "100%");
    ClauseHit clause = hit.clause();
    Anchor title =
        ClauseFocus.link(hit.dealId(), hit.title(), clause == null ? null : clause.position());
    title.addClassName("precedent-title");
    title.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-s)");
    Div heading = new Div(title, new OutcomeBadge(hit.outcome()));
    add(heading, secondary(dealLine(hit), "precedent-deal"));
    if (clause != null) {
      Span clauseTitle = new Span((clause.number() + " " + clause.heading()).strip());
      clauseTitle.addClassName("precedent-clause");
      clauseTitle.getStyle().set("font-weight", "500").set("display", "block");
      add(clauseTitle, secondary(clauseLine(clause), "precedent-clause-meta"));
    }
    hit.fragments().forEach(fragment -> add(PrecedentFragment.of(fragment)));
    if (clause != null && !clause.terms().isEmpty()) {
      add(new TermChips(clause.terms()));
    }
  }

  private static String dealLine(PrecedentHit hit) {
    List<String> parts = new ArrayList<>();
    parts.add(hit.vendor());
    if (!hit.models().isEmpty()) {
      parts.add(String.join(", ", hit.models()));
    }
    parts.add(PrecedentLabels.hosting(hit.hostingModel()));
    if (hit.riskTier() != null) {
      parts.add(PrecedentLabels.code(hit.riskTier()) + " risk");
    }
    parts.add("decided " + Formats.date(hit.decidedAt()));
    return String.join(" · ", parts);
  }

  private static String clauseLine(ClauseHit clause) {
    List<String> parts = new ArrayList<>();
    if (!clause.types().isEmpty()) {
      parts.add(String.join(", ", clause.types().stream().map(PrecedentLabels::code).toList()));
    }
    if (clause.sectionOwner() != null) {
      parts.add(
          Roles.label(clause.sectionOwner())
              + ": "
              + (clause.sectionDecision() == null
                  ? "no decision"
                  : PrecedentLabels.code(clause.sectionDecision()).toLowerCase(Locale.ROOT)));
    }
    return String.join(" · ", parts);
  }

  private static Span secondary(String text, String className) {
    Span line = new Span(text);
    line.addClassName(className);
    line.getStyle()
        .set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("display", "block");
    return line;
  }
}
