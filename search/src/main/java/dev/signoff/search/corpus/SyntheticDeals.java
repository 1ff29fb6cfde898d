package dev.signoff.search.corpus;

import java.util.stream.Stream;

/**
 * Generates synthetic past deals. The same seed always yields the same deals, so a benchmark and a
 * test can be repeated exactly.
 */
public final class SyntheticDeals {

  private final long seed;

  public SyntheticDeals(long seed) {
    this.seed = seed;
  }

  /** Deal number {@code n} of this seed (from 0); cheap to call for any n, in any order. */
  public SyntheticDeal deal(long n) {
    throw new UnsupportedOperationException(
        "generator: in progress (seed " + seed + ", " + n + ")");
  }

  /** Deals 0 to {@code count - 1}, generated lazily. */
  public Stream<SyntheticDeal> deals(long count) {
    return Stream.iterate(0L, n -> n < count, n -> n + 1).map(this::deal);
  }
}
