package dev.signoff.contract;

import java.util.List;

/**
 * Two versions of a deal's contract compared as a redline.
 *
 * @param from the earlier version compared (any version; it may also be the later one)
 * @param to the version compared with it, whose clause order the redline follows
 * @param summary how many clauses changed in which way
 * @param clauses the clauses of {@code to} in order, each removed clause where it stood in {@code
 *     from}, with word-level changes
 */
public record VersionComparison(
    ContractInfo from, ContractInfo to, DiffSummary summary, List<ClauseDiff> clauses) {

  public VersionComparison {
    clauses = List.copyOf(clauses);
  }
}
