package dev.signoff.contract;

/**
 * What happened to a clause between two versions of a contract, the most telling first: a clause
 * that was moved and also reworded is {@link #MOVED}, a clause that was renumbered and reworded is
 * {@link #CHANGED}; {@link ClauseDiff} carries each of these facts as a flag as well.
 */
public enum ClauseStatus {
  /** Only in the new version. */
  ADDED,
  /** Only in the old version. */
  REMOVED,
  /** Stands in another place relative to the other clauses; its wording may have changed too. */
  MOVED,
  /** Its wording changed; it may have been renumbered too. */
  CHANGED,
  /** Same wording under another number, such as after a clause inserted before it. */
  RENUMBERED,
  /** Same wording, number and place. */
  UNCHANGED
}
