package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.precedent.SimilarClause;
import java.util.List;
import java.util.UUID;

/** Clauses of past deals worded like one clause of a deal, with their reviewers' comments. */
class SimilarClausesDialog extends Dialog {

  /** How many similar clauses are listed. */
  static final int LIMIT = 8;

  SimilarClausesDialog(PrecedentService precedents, UUID dealId, int position, String clause) {
    setId("similar-clauses");
    setHeaderTitle("Clauses like " + clause);
    setWidth("min(56em, 95vw)");
    setMaxHeight("85vh");
    Button close = new Button("Close", click -> close());
    close.setId("similar-clauses-close");
    getFooter().add(close);
    // The dialog's content is shown in an overlay; the list is what the page can find.
    Div list = new Div();
    list.setId("similar-clauses-list");
    add(list);
    try {
      List<SimilarClause> similar = precedents.similarClauses(dealId, position, LIMIT);
      if (similar.isEmpty()) {
        Paragraph none = new Paragraph("No past deal has a clause worded like this one.");
        none.setId("similar-clauses-empty");
        list.add(none);
      }
      similar.forEach(clauseLike -> list.add(new SimilarClauseCard(clauseLike)));
    } catch (RuntimeException failure) {
      Problems.show(failure);
    }
  }
}
