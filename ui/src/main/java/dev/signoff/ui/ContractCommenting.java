package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import dev.signoff.comment.AnchorKind;
import dev.signoff.comment.NewThread;
import dev.signoff.comment.ThreadAnchor;
import dev.signoff.contract.Clause;
import java.util.Map;

/**
 * Starting threads from the contract on screen: a "Comment" button on each clause, and "Comment on
 * selection" for text selected inside the clauses. The browser turns the selection into offsets in
 * the contract text, counting from where each clause's shown text starts in it.
 */
final class ContractCommenting {

  /**
   * Remembers the last selection made inside the clauses as offsets; a selection elsewhere (such as
   * clicking the button) leaves it, a click inside the clauses clears it. A selection that starts
   * or ends on a heading is taken from the next clause text on or up to the previous one.
   */
  private static final String TRACK_SELECTION =
      """
      const root = this;
      if (root.$signoffSelection) { return; }
      root.$signoffSelection = { value: null };
      const texts = () => Array.from(root.querySelectorAll('.clause-text'));
      const startOf = text => Number(text.dataset.start);
      const offsetAt = (node, offset, isEnd) => {
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        const text = element && element.closest('.clause-text');
        if (text && root.contains(text)) {
          const before = document.createRange();
          before.setStart(text, 0);
          before.setEnd(node, offset);
          return startOf(text) + before.toString().length;
        }
        if (!element || !root.contains(element)) { return null; }
        if (isEnd) {
          const earlier = texts().filter(t =>
              t.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
          const last = earlier[earlier.length - 1];
          return last ? startOf(last) + last.textContent.length : null;
        }
        const later = texts().find(t =>
            element.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
        return later ? startOf(later) : null;
      };
      const track = () => {
        if (!root.isConnected) {
          document.removeEventListener('selectionchange', track);
          return;
        }
        const selection = document.getSelection();
        if (!selection || selection.rangeCount === 0) { return; }
        const range = selection.getRangeAt(0);
        if (!root.contains(range.commonAncestorContainer)) { return; }
        if (selection.isCollapsed) { root.$signoffSelection.value = null; return; }
        const start = offsetAt(range.startContainer, range.startOffset, false);
        const end = offsetAt(range.endContainer, range.endOffset, true);
        root.$signoffSelection.value =
            start !== null && end !== null && end > start ? start + ':' + end : null;
      };
      document.addEventListener('selectionchange', track);
      """;

  private static final String READ_SELECTION =
      "return (this.$signoffSelection && this.$signoffSelection.value) || '';";

  private ContractCommenting() {}

  /**
   * Adds a "Comment" button to each clause and tracks selections in the contract; returns the
   * "Comment on selection" button for the panel to show.
   */
  static Button connect(ContractClauses contract, int version, CommentThreadsPanel panel) {
    for (Map.Entry<Clause, Div> entry : contract.blocks().entrySet()) {
      Clause clause = entry.getKey();
      // Icon only: the clause's text content stays the clause.
      Button comment = new Button(VaadinIcon.COMMENT_O.create());
      comment.getElement().setAttribute("aria-label", "Comment on " + labelOf(clause));
      comment.getElement().setAttribute("title", "Comment on " + labelOf(clause));
      comment.setId(
          clause.number().isEmpty()
              ? "comment-clause-at-" + clause.start()
              : "comment-clause-" + clause.number().replace('.', '-'));
      comment.addClassName("clause-comment");
      comment.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      comment.getStyle().set("float", "right");
      comment.addClickListener(
          click ->
              panel.startThread(
                  new NewThread(
                      AnchorKind.CLAUSE,
                      version,
                      clause.number(),
                      clause.start(),
                      null,
                      null,
                      false,
                      ""),
                  labelOf(clause),
                  null));
      entry.getValue().addComponentAsFirst(comment);
    }
    contract.getElement().executeJs(TRACK_SELECTION);

    Button onSelection = new Button("Comment on selection", VaadinIcon.COMMENT_ELLIPSIS_O.create());
    onSelection.setId("comment-on-selection");
    onSelection.addThemeVariants(ButtonVariant.LUMO_SMALL);
    onSelection.addClickListener(
        click ->
            contract
                .getElement()
                .executeJs(READ_SELECTION)
                .then(String.class, range -> startOnRange(contract, version, panel, range)));
    return onSelection;
  }

  /** Scrolls the contract to the clause the anchor points into and makes it blink once. */
  static void reveal(ContractClauses contract, ThreadAnchor anchor) {
    if (anchor.start() == null) {
      return;
    }
    contract.blocks().entrySet().stream()
        .filter(entry -> entry.getKey().start() <= anchor.start())
        .reduce((earlier, later) -> later)
        .ifPresent(
            entry ->
                entry
                    .getValue()
                    .getElement()
                    .executeJs(
                        "this.scrollIntoView({block: 'start', behavior: 'smooth'});"
                            + " this.animate([{background: 'var(--lumo-primary-color-10pct)'},"
                            + " {background: 'transparent'}], {duration: 1500});"));
  }

  private static void startOnRange(
      ContractClauses contract, int version, CommentThreadsPanel panel, String range) {
    String[] offsets = range == null ? new String[0] : range.split(":");
    if (offsets.length != 2) {
      Notification.show(
              "Select the words you want to comment on in the contract first.",
              4000,
              Notification.Position.MIDDLE)
          .setId("selection-missing");
      return;
    }
    int start = Integer.parseInt(offsets[0]);
    int end = Integer.parseInt(offsets[1]);
    String text = contract.text();
    if (start < 0 || end > text.length() || start >= end) {
      return;
    }
    panel.startThread(
        new NewThread(AnchorKind.RANGE, version, null, start, end, null, false, ""),
        "the selected text",
        text.substring(start, end));
  }

  private static String labelOf(Clause clause) {
    String label = (clause.number() + " " + clause.heading()).strip();
    return label.isEmpty() ? "the preamble" : label;
  }
}
