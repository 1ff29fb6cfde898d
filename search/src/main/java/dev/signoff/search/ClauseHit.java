package dev.signoff.search;

import java.util.List;

/**
 * The clause of a clause-level hit.
 *
 * @param position the clause's index among its deal's clauses, from 0
 * @param types the clause's types ({@code LIABILITY_CAP}, ...) by name
 * @param sectionOwner the review group owning the clause's section, or null
 * @param sectionDecision that group's decision on the deal, or null
 * @param text the clause's whole text, unescaped
 * @param terms the terms extracted from the clause
 */
public record ClauseHit(
    int position,
    String number,
    String heading,
    List<String> types,
    String sectionOwner,
    String sectionDecision,
    String text,
    List<HitTerm> terms) {

  public ClauseHit {
    types = List.copyOf(types);
    terms = List.copyOf(terms);
  }
}
