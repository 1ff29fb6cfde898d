package dev.signoff.comment;

import dev.signoff.contract.Clause;
import java.util.List;

/**
 * Where a thread is anchored in one contract version (all null but the kind for a DEAL anchor).
 *
 * @param version the contract version the offsets refer to
 * @param clauseNumber the clause the anchor is (CLAUSE) or starts in (RANGE)
 * @param start offset of the anchored text in the version's extracted text
 * @param end offset just after the anchored text
 * @param quote the anchored text, at most {@link #MAX_QUOTE} characters (for a clause: its start)
 * @param contextBefore up to {@link #CONTEXT} characters before the anchored text
 * @param contextAfter up to {@link #CONTEXT} characters after it
 */
record Anchor(
    AnchorKind kind,
    Integer version,
    String clauseNumber,
    String clauseHeading,
    String clauseLabel,
    Integer start,
    Integer end,
    String quote,
    String contextBefore,
    String contextAfter) {

  static final int MAX_QUOTE = 10_000;
  static final int CONTEXT = 200;

  /** How much of a clause's text a clause anchor keeps, to show what it was about. */
  static final int CLAUSE_QUOTE = 500;

  static final Anchor DEAL =
      new Anchor(AnchorKind.DEAL, null, null, null, null, null, null, null, null, null);

  /** A range of the text, with its quote and context cut from the text. */
  static Anchor range(
      AnchorKind kind, int version, String text, int start, int end, ClauseAt clause) {
    return new Anchor(
        kind,
        version,
        clause.number(),
        clause.heading(),
        clause.label(),
        start,
        end,
        text.substring(start, Math.min(end, start + MAX_QUOTE)),
        text.substring(Math.max(0, start - CONTEXT), start),
        text.substring(end, Math.min(text.length(), end + CONTEXT)));
  }

  /** A whole clause of a version. */
  static Anchor clause(int version, String text, Clause clause) {
    ClauseAt at = ClauseAt.of(clause);
    return new Anchor(
        AnchorKind.CLAUSE,
        version,
        at.number(),
        at.heading(),
        at.label(),
        clause.start(),
        clause.end(),
        clause.text().substring(0, Math.min(clause.text().length(), CLAUSE_QUOTE)),
        text.substring(Math.max(0, clause.start() - CONTEXT), clause.start()),
        text.substring(clause.end(), Math.min(text.length(), clause.end() + CONTEXT)));
  }

  /** The clause a position falls in, as the anchor keeps it. */
  record ClauseAt(String number, String heading, String label) {

    static final ClauseAt NONE = new ClauseAt("", "", "preamble");

    static ClauseAt of(Clause clause) {
      String number = clause.number() == null ? "" : clause.number().strip();
      String heading = clause.heading() == null ? "" : clause.heading().strip();
      String label;
      if (number.isEmpty()) {
        label = heading.isEmpty() ? "preamble" : heading;
      } else {
        label = heading.isEmpty() ? number : number + " " + heading;
      }
      return new ClauseAt(number, heading, label);
    }

    /** The clause the offset falls in: the last one starting at or before it. */
    static ClauseAt containing(List<Clause> clauses, int offset) {
      ClauseAt found = NONE;
      for (Clause clause : clauses) {
        if (clause.start() > offset) {
          break;
        }
        found = of(clause);
      }
      return found;
    }
  }
}
