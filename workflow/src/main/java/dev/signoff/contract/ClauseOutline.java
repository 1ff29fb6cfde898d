package dev.signoff.contract;

/**
 * Where a clause stands in a version's text, without the text itself: what comments and references
 * anchor to.
 *
 * @param number the clause number as written ({@code ""} for the preamble and unnumbered clauses)
 * @param heading the clause heading ({@code ""} when none)
 * @param label how people refer to it, such as "7.2 Change management" or "preamble"
 * @param start offset of the clause's first character in the version's extracted text
 * @param end offset just after its last non-whitespace character
 */
public record ClauseOutline(String number, String heading, String label, int start, int end) {

  /** The outline of a clause as {@link ClauseSegmenter} found it. */
  public static ClauseOutline of(Clause clause) {
    return new ClauseOutline(
        clause.number(),
        clause.heading(),
        ClausePairing.label(clause),
        clause.start(),
        clause.end());
  }
}
