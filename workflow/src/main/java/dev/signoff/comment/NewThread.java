package dev.signoff.comment;

/**
 * A thread to start, with its first comment.
 *
 * @param anchorKind what the thread is about (DEAL when null)
 * @param version the contract version the anchor refers to; null for the current version (ignored
 *     for DEAL threads)
 * @param clauseNumber the number of the clause, for a CLAUSE anchor, as the clause list shows it
 *     (such as {@code "7.2"}; {@code ""} for the preamble)
 * @param start offset of the first character of a RANGE anchor in the version's extracted text
 * @param end offset just after the last character of a RANGE anchor
 * @param checklistSection the id of the checklist section the thread belongs to, or null
 * @param mustResolveBeforeSigning whether the deal may only be signed once the thread is resolved
 * @param body the first comment, in the comment Markdown subset
 */
public record NewThread(
    AnchorKind anchorKind,
    Integer version,
    String clauseNumber,
    Integer start,
    Integer end,
    String checklistSection,
    boolean mustResolveBeforeSigning,
    String body) {

  /** A thread about the deal as a whole. */
  public static NewThread onDeal(String body) {
    return new NewThread(AnchorKind.DEAL, null, null, null, null, null, false, body);
  }

  /** A thread about a clause of the current version. */
  public static NewThread onClause(String clauseNumber, String body) {
    return new NewThread(AnchorKind.CLAUSE, null, clauseNumber, null, null, null, false, body);
  }

  /** A thread about a text range of the current version. */
  public static NewThread onRange(int start, int end, String body) {
    return new NewThread(AnchorKind.RANGE, null, null, start, end, null, false, body);
  }

  /** The same thread, belonging to a checklist section. */
  public NewThread inSection(String sectionId) {
    return new NewThread(
        anchorKind, version, clauseNumber, start, end, sectionId, mustResolveBeforeSigning, body);
  }

  /** The same thread, which must be resolved before the deal can be signed. */
  public NewThread blockingSignature() {
    return new NewThread(
        anchorKind, version, clauseNumber, start, end, checklistSection, true, body);
  }
}
