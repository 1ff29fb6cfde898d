package dev.signoff.contract;

import java.util.List;

/**
 * One clause in the redline of two contract versions.
 *
 * @param status the most telling of what happened to the clause
 * @param changed the wording differs (added and removed clauses count as not changed)
 * @param moved the clause stands in another place relative to the clauses around it
 * @param renumbered the clause is in both versions under different numbers
 * @param oldNumber its number in the old version ({@code ""} when unnumbered), null when added
 * @param oldHeading its heading in the old version ({@code ""} when none), null when added
 * @param oldLabel how the old version refers to it, such as "7.2 Change management", null when
 *     added
 * @param newNumber its number in the new version, null when removed
 * @param newHeading its heading in the new version, null when removed
 * @param newLabel how the new version refers to it, null when removed
 * @param segments the clause's text after its number, word by word: kept, inserted and deleted runs
 *     in reading order, deletions before the insertions that replace them
 */
public record ClauseDiff(
    ClauseStatus status,
    boolean changed,
    boolean moved,
    boolean renumbered,
    String oldNumber,
    String oldHeading,
    String oldLabel,
    String newNumber,
    String newHeading,
    String newLabel,
    List<DiffSegment> segments) {

  public ClauseDiff {
    segments = List.copyOf(segments);
  }

  /** The label in the new version, or in the old one for a removed clause. */
  public String label() {
    return newLabel != null ? newLabel : oldLabel;
  }

  /** The number in the new version, or in the old one for a removed clause. */
  public String number() {
    return newNumber != null ? newNumber : oldNumber;
  }
}
