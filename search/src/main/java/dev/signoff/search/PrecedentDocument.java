package dev.signoff.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What is indexed for one signed deal.
 *
 * @param dealId identifies the deal; indexing the same id again replaces the earlier document
 * @param readers who may see the precedent, as principal strings such as {@code "user:owner"} or
 *     {@code "group:legal"}; a document without readers is found by nobody
 */
public record PrecedentDocument(
    String dealId,
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String useCase,
    String outcome,
    String contractText,
    Instant decidedAt,
    Set<String> readers) {

  public PrecedentDocument {
    if (dealId == null || dealId.isBlank()) {
      throw new IllegalArgumentException("A precedent needs a deal id");
    }
    Objects.requireNonNull(decidedAt, "decidedAt");
    models = models == null ? List.of() : List.copyOf(models);
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
  }
}
