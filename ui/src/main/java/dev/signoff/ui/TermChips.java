package dev.signoff.ui;

import com.vaadin.flow.component.html.Div;
import dev.signoff.search.HitTerm;
import java.util.List;

/** The terms extracted from a clause, one chip each, with the clause's words as the tooltip. */
class TermChips extends Div {

  TermChips(List<HitTerm> terms) {
    addClassName("term-chips");
    getStyle()
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("gap", "var(--lumo-space-xs)")
        .set("margin", "var(--lumo-space-xs) 0");
    for (HitTerm term : terms) {
      Badge chip = new Badge(PrecedentLabels.termValue(term), Badge.Tone.NEUTRAL);
      chip.addClassName("term-chip");
      if (term.evidence() != null && !term.evidence().isBlank()) {
        chip.getElement().setAttribute("title", "“" + term.evidence() + "”");
      }
      add(chip);
    }
  }
}
