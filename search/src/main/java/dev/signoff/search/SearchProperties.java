package dev.signoff.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the precedent index.
 *
 * @param directory where the index lives on disk
 * @param commitInterval how often changes are made durable; a crash loses at most this much
 * @param maxStaleness how long a change may stay invisible to searches when nobody waits for it
 * @param minStaleness how soon a change becomes visible when a caller waits for it
 * @param resultCacheEntries how many answers computed on the current view of the index are kept for
 *     the same search repeated (default 256; 0 keeps none); any change to the index drops them
 */
@ConfigurationProperties("signoff.search")
public record SearchProperties(
    Path directory,
    Duration commitInterval,
    Duration maxStaleness,
    Duration minStaleness,
    Integer resultCacheEntries) {

  /** The default number of answers kept per view of the index. */
  public static final int DEFAULT_RESULT_CACHE_ENTRIES = 256;

  public SearchProperties {
    directory = directory == null ? Path.of("data", "index") : directory;
    commitInterval = positiveOrDefault("commitInterval", commitInterval, Duration.ofSeconds(30));
    maxStaleness = positiveOrDefault("maxStaleness", maxStaleness, Duration.ofSeconds(1));
    minStaleness = positiveOrDefault("minStaleness", minStaleness, Duration.ofMillis(25));
    resultCacheEntries =
        resultCacheEntries == null ? DEFAULT_RESULT_CACHE_ENTRIES : resultCacheEntries;
    if (resultCacheEntries < 0) {
      throw new IllegalArgumentException(
          "resultCacheEntries must not be negative, was " + resultCacheEntries);
    }
    if (minStaleness.compareTo(maxStaleness) > 0) {
      throw new IllegalArgumentException(
          "minStaleness ("
              + minStaleness
              + ") must not exceed maxStaleness ("
              + maxStaleness
              + ")");
    }
  }

  /** All defaults: {@code data/index} under the working directory, commit every 30 seconds. */
  public static SearchProperties defaults() {
    return new SearchProperties(null, null, null, null, null);
  }

  private static Duration positiveOrDefault(String name, Duration value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
