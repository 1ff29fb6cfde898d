package dev.signoff.search;

import java.util.Objects;
import java.util.Set;

/**
 * A search for precedents on behalf of one caller.
 *
 * @param text the user's query in classic Lucene syntax: words, {@code "quoted phrases"}, {@code
 *     field:value}, {@code OR}, {@code -excluded}, {@code prefix*}
 * @param readers the caller's principals ({@code "user:<name>"}, {@code "group:<g>"} ...); a hit is
 *     returned only when one of the document's readers matches
 * @param limit the most hits wanted; larger values are capped by the index
 */
public record PrecedentQuery(String text, Set<String> readers, int limit) {

  public PrecedentQuery {
    readers = Set.copyOf(Objects.requireNonNull(readers, "readers"));
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, was " + limit);
    }
  }
}
