package dev.signoff.deal;

import dev.signoff.contract.Clause;
import java.util.List;
import java.util.Set;

/**
 * What the precedent index needs of a closed deal.
 *
 * @param deal the deal as shown to people, with its outcome (stage), risk tier, checklist version
 *     and sign-offs as they last stood
 * @param contractText the text of the deal's current contract version
 * @param clauses the clauses of that text in document order, as the deal's clause list shows them
 * @param readers the principals ({@code user:x}, {@code group:y}) that may see the deal
 */
public record PrecedentSource(
    DealDetails deal, String contractText, List<Clause> clauses, Set<String> readers) {

  public PrecedentSource {
    clauses = List.copyOf(clauses);
    readers = Set.copyOf(readers);
  }
}
