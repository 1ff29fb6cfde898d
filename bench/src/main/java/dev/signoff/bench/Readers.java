package dev.signoff.bench;

import java.util.List;
import java.util.Set;

/**
 * Who may see each benchmark deal, and who searches. Most deals are open to the four review groups
 * and the managers; one in seven is restricted to its owner, legal and the managers, so the caller
 * below (a security reviewer) sees about 86% of the corpus and the reader filter does real work.
 */
final class Readers {

  /** The principals of the caller every benchmark query runs as. */
  static final Set<String> CALLER = Set.of("user:security", "group:security", "group:reviewers");

  private Readers() {}

  static List<String> of(long dealNumber) {
    String owner = "user:owner-" + (dealNumber % 40);
    if (dealNumber % 7 == 3) {
      return List.of(owner, "group:legal", "group:managers");
    }
    return List.of(
        owner,
        "group:legal",
        "group:security",
        "group:engineering",
        "group:product",
        "group:managers");
  }
}
