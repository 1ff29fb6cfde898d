package dev.signoff.contract;

import java.util.List;

/**
 * The redline of two versions of a contract, clause by clause.
 *
 * @param summary how many clauses changed in which way
 * @param clauses every clause of the new version in its order, with each removed clause where it
 *     stood in the old version
 */
public record ContractDiff(DiffSummary summary, List<ClauseDiff> clauses) {

  public ContractDiff {
    clauses = List.copyOf(clauses);
  }
}
