package dev.signoff.precedent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the precedent feed.
 *
 * @param pollInterval how often each node reads the change log for changes made by other nodes
 * @param gapTimeout how long a missing position may still be filled by a transaction that has not
 *     committed yet; after that the gap counts as a rolled-back change
 * @param batchSize how many changes one read of the change log applies at most
 * @param visibleWithin how long the user who made a change waits for it to become searchable
 */
@ConfigurationProperties("signoff.precedent")
record PrecedentProperties(
    Duration pollInterval, Duration gapTimeout, Integer batchSize, Duration visibleWithin) {

  PrecedentProperties {
    pollInterval = pollInterval == null ? Duration.ofMillis(500) : pollInterval;
    gapTimeout = gapTimeout == null ? Duration.ofMinutes(1) : gapTimeout;
    batchSize = batchSize == null ? 500 : batchSize;
    visibleWithin = visibleWithin == null ? Duration.ofSeconds(10) : visibleWithin;
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be positive, was " + batchSize);
    }
  }
}
