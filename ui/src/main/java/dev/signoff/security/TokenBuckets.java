package dev.signoff.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (client address or credential) for one limit. A bucket holds up to {@code
 * requests} tokens and regains them evenly over {@code per}; each request takes one. Full buckets
 * are dropped when the map grows large, so idle clients cost nothing.
 */
final class TokenBuckets {

  private static final int CLEAN_UP_ABOVE = 50_000;

  /** The verdict on one request. */
  record Verdict(boolean allowed, Duration retryAfter, boolean firstRefusal) {}

  private final RateLimitProperties.Limit limit;
  private final Clock clock;
  private final double tokensPerNano;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  TokenBuckets(RateLimitProperties.Limit limit, Clock clock) {
    this.limit = limit;
    this.clock = clock;
    this.tokensPerNano = limit.requests() / (double) limit.per().toNanos();
  }

  Verdict take(String key) {
    long now = nanos();
    if (buckets.size() > CLEAN_UP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.full(now));
    }
    return buckets.computeIfAbsent(key, unused -> new Bucket(now)).take(now);
  }

  private long nanos() {
    java.time.Instant instant = clock.instant();
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  private final class Bucket {
    private double tokens = limit.requests();
    private long updated;
    private boolean refusing;

    Bucket(long now) {
      this.updated = now;
    }

    synchronized Verdict take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        refusing = false;
        return new Verdict(true, Duration.ZERO, false);
      }
      long wait = (long) Math.ceil((1 - tokens) / tokensPerNano);
      boolean first = !refusing;
      refusing = true;
      return new Verdict(false, Duration.ofNanos(wait), first);
    }

    synchronized boolean full(long now) {
      refill(now);
      return tokens >= limit.requests();
    }

    private void refill(long now) {
      if (now > updated) {
        tokens = Math.min(limit.requests(), tokens + (now - updated) * tokensPerNano);
        updated = now;
      }
    }
  }
}
