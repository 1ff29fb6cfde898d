package dev.signoff.bench;

import java.util.List;

/**
 * A view that the session benchmark opens in a logged-in session, with the component id that shows
 * it was rendered on the server.
 */
enum SessionView {
  /** The landing page after login: the user's open tasks. */
  INBOX("inbox", List.of("inbox-grid", "inbox-empty")),
  /** One deal: sheet, sign-offs, comment threads, contract, timeline and audit trail. */
  DEAL("deal", List.of("decisions")),
  /** Every deal the user may see (what a manager opens). */
  BOARD("board", List.of("deals-grid")),
  /** The precedent search with its first page of hits, facets and ranges. */
  PRECEDENTS("precedents", List.of("precedent-results"));

  private final String label;
  private final List<String> renderedIds;

  SessionView(String label, List<String> renderedIds) {
    this.label = label;
    this.renderedIds = renderedIds;
  }

  String label() {
    return label;
  }

  /** Ids of which at least one is in the UIDL once the view is rendered. */
  List<String> renderedIds() {
    return renderedIds;
  }

  /** The client-side route of the view; {@code dealId} is used by {@link #DEAL} only. */
  String route(String dealId) {
    return switch (this) {
      case INBOX -> "/";
      case DEAL -> "deals/" + dealId;
      case BOARD -> "deals";
      case PRECEDENTS -> "precedents";
    };
  }

  static SessionView byLabel(String label) {
    for (SessionView view : values()) {
      if (view.label.equals(label)) {
        return view;
      }
    }
    throw new IllegalArgumentException(
        "Unknown view " + label + "; one of inbox, deal, board, precedents");
  }
}
