package dev.signoff.search;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Past deals like a given deal, by its deal sheet (vendor, models, hosting model, risk tier, use
 * case) and its contract text.
 *
 * @param readers the caller's principals; only precedents they may see are returned
 * @param excludeDealId the deal itself, never returned, or null
 * @param limit the most deals wanted
 */
public record SimilarDealQuery(
    String title,
    String vendor,
    List<String> models,
    String hostingModel,
    String riskTier,
    String useCase,
    String contractText,
    Set<String> readers,
    String excludeDealId,
    int limit) {

  public SimilarDealQuery {
    models = models == null ? List.of() : List.copyOf(models);
    contractText = contractText == null ? "" : contractText;
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }
}
