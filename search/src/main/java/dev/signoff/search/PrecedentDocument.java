package dev.signoff.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is indexed for one decided deal: the deal itself and each of its clauses.
 *
 * @param dealId identifies the deal; indexing the same id again replaces the deal and its clauses
 * @param riskTier the deal's risk tier as a name ({@code LOW}, {@code MEDIUM}, {@code HIGH} ...),
 *     or null
 * @param outcome how the deal ended: {@code SIGNED}, {@code REJECTED} or {@code WITHDRAWN}
 * @param contractText the whole text of the deal's last contract version
 * @param decidedAt when the deal ended; its year is a facet
 * @param readers who may see the precedent, as principal strings such as {@code "user:owner"} or
 *     {@code "group:legal"}; a document without readers is found by nobody
 * @param clauses the clauses of the contract text in document order; each becomes a clause-level
 *     document carrying the deal's facets, its clause types and the terms extracted from it
 */
public record PrecedentDocument(
    String dealId,
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String useCase,
    String riskTier,
    String outcome,
    String contractText,
    Instant decidedAt,
    Set<String> readers,
    List<PrecedentClause> clauses) {

  public PrecedentDocument {
    if (dealId == null || dealId.isBlank()) {
      throw new IllegalArgumentException("A precedent needs a deal id");
    }
    Objects.requireNonNull(decidedAt, "decidedAt");
    models = models == null ? List.of() : List.copyOf(models);
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
    clauses = clauses == null ? List.of() : List.copyOf(clauses);
  }
}
