package dev.signoff.search;

import java.util.Objects;
import java.util.Set;

/**
 * Clauses of past deals worded like a given clause, such as one under review now.
 *
 * @param heading the clause's heading, or {@code ""}
 * @param text the clause's text
 * @param readers the caller's principals; only precedents they may see are returned
 * @param excludeDealId a deal whose clauses are never returned (the deal under review), or null
 * @param limit the most clauses wanted
 */
public record SimilarClauseQuery(
    String heading, String text, Set<String> readers, String excludeDealId, int limit) {

  public SimilarClauseQuery {
    heading = heading == null ? "" : heading;
    Objects.requireNonNull(text, "text");
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }
}
