package dev.signoff.search;

/**
 * One clause of a decided deal's contract, as the index receives it.
 *
 * @param number the clause number as written ({@code "7.2"}), {@code ""} when unnumbered
 * @param heading the clause heading, {@code ""} when none
 * @param text the clause's full text including its heading line
 * @param sectionOwner the review group that owns the contract section this clause belongs to
 *     ({@code "legal"}, {@code "security"}, {@code "engineering"}, {@code "product"}), or null
 * @param sectionDecision that group's decision on the deal ({@code APPROVED}, {@code
 *     APPROVED_WITH_CONDITIONS}, {@code CHANGES_REQUESTED}, {@code REJECTED}, ...), or null when
 *     the group did not review the deal
 */
public record PrecedentClause(
    String number, String heading, String text, String sectionOwner, String sectionDecision) {

  public PrecedentClause {
    number = number == null ? "" : number;
    heading = heading == null ? "" : heading;
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("A clause needs text");
    }
  }
}
