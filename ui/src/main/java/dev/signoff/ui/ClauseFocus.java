package dev.signoff.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Links to a deal that open it at one of its clauses: the {@value #PARAMETER} query parameter names
 * the clause by its position in the contract's clause list, and the deal view scrolls to it and
 * marks it.
 */
final class ClauseFocus {

  static final String PARAMETER = "clause";

  private ClauseFocus() {}

  /** A link to the deal, at the clause when a position is given. */
  static Anchor link(String dealId, String text, Integer clausePosition) {
    String url = RouteConfiguration.forSessionScope().getUrl(DealView.class, dealId);
    Anchor link =
        new Anchor(
            clausePosition == null ? url : url + "?" + PARAMETER + "=" + clausePosition, text);
    link.addClassName("deal-link");
    return link;
  }

  /** The clause position the address asks to show. */
  static Optional<Integer> requested(BeforeEvent event) {
    return event
        .getLocation()
        .getQueryParameters()
        .getSingleParameter(PARAMETER)
        .flatMap(
            value -> {
              try {
                return Optional.of(Integer.parseInt(value));
              } catch (NumberFormatException notANumber) {
                return Optional.empty();
              }
            });
  }

  /**
   * Scrolls the contract to the clause at the position and marks it; other positions are ignored.
   */
  static void reveal(ContractClauses contract, int position) {
    List<Div> blocks = new ArrayList<>(contract.blocks().values());
    if (position < 0 || position >= blocks.size()) {
      return;
    }
    Div block = blocks.get(position);
    block.addClassName("clause-focused");
    block
        .getStyle()
        .set("outline", "2px solid var(--lumo-primary-color)")
        .set("outline-offset", "4px")
        .set("border-radius", "var(--lumo-border-radius-s)");
    // After the layout has shown the new view from its top.
    block
        .getElement()
        .executeJs(
            "setTimeout(() => this.scrollIntoView({block: 'center', behavior: 'instant'}), 150);");
  }
}
