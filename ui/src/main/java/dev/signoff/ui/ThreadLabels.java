package dev.signoff.ui;

import dev.signoff.comment.NotificationKind;
import dev.signoff.comment.ThreadAnchor;

/** The words shown for threads: what a thread is about, why someone was notified. */
final class ThreadLabels {

  private static final int QUOTE_SHOWN = 80;

  private ThreadLabels() {}

  /** "Whole deal", "7.2 Change management", or a quoted range with its clause. */
  static String anchor(ThreadAnchor anchor) {
    return switch (anchor.kind()) {
      case DEAL -> "Whole deal";
      case CLAUSE -> clause(anchor);
      case RANGE -> "“" + shortQuote(anchor.quote()) + "” in " + clause(anchor);
    };
  }

  /** The clause as people name it; "Preamble" for the text before the first clause. */
  static String clause(ThreadAnchor anchor) {
    String label = anchor.clauseLabel();
    if (label == null || label.isBlank() || label.equals("preamble")) {
      return "Preamble";
    }
    return label;
  }

  static String shortQuote(String quote) {
    if (quote == null) {
      return "";
    }
    String oneLine = quote.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= QUOTE_SHOWN ? oneLine : oneLine.substring(0, QUOTE_SHOWN) + "…";
  }

  /** What happened, e.g. "legal mentioned you". */
  static String notification(NotificationKind kind, String actor) {
    return switch (kind) {
      case MENTION -> actor + " mentioned you";
      case REPLY -> actor + " replied";
      case RESOLVED -> actor + " resolved a thread";
      case REOPENED -> actor + " reopened a thread";
    };
  }
}
