package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.signoff.contract.Clause;
import dev.signoff.precedent.PrecedentService;
import java.util.Map;
import java.util.UUID;

/**
 * A "Similar clauses" button on each clause of the contract on screen, opening the clauses of past
 * deals worded like it. Clauses are numbered by their position in the clause list, which is how
 * precedent search names them.
 */
final class ContractPrecedents {

  private ContractPrecedents() {}

  static void connect(ContractClauses contract, UUID dealId, PrecedentService precedents) {
    int position = 0;
    for (Map.Entry<Clause, Div> entry : contract.blocks().entrySet()) {
      Clause clause = entry.getKey();
      String label = (clause.number() + " " + clause.heading()).strip();
      String name = label.isEmpty() ? "the preamble" : label;
      int at = position++;
      // Icon only: the clause's text content stays the clause.
      Button similar = new Button(VaadinIcon.SEARCH.create());
      similar.getElement().setAttribute("aria-label", "Similar clauses to " + name);
      similar.getElement().setAttribute("title", "Similar clauses in past deals");
      similar.getElement().setAttribute("data-position", String.valueOf(at));
      similar.setId(
          clause.number().isEmpty()
              ? "similar-clauses-at-" + at
              : "similar-clauses-" + clause.number().replace('.', '-'));
      similar.addClassName("clause-similar");
      similar.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      similar.getStyle().set("float", "right");
      similar.addClickListener(
          click -> new SimilarClausesDialog(precedents, dealId, at, name).open());
      entry.getValue().addComponentAsFirst(similar);
    }
  }
}
