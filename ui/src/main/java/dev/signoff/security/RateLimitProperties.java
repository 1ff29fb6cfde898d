package dev.signoff.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Request limits per client: a token bucket of {@code requests} refilled evenly over {@code per}.
 *
 * @param login logins (the built-in provider's form, the start and the return of an OIDC login),
 *     per client address
 * @param token the built-in provider's token endpoints, per client address
 * @param search precedent searches over the API, per bearer credential (else per address)
 */
@ConfigurationProperties("signoff.security.rate-limits")
public record RateLimitProperties(Limit login, Limit token, Limit search) {

  public RateLimitProperties {
    login = login == null ? new Limit(20, Duration.ofMinutes(1)) : login;
    token = token == null ? new Limit(30, Duration.ofMinutes(1)) : token;
    search = search == null ? new Limit(120, Duration.ofMinutes(1)) : search;
  }

  /**
   * @param requests how many requests in a burst, and per period
   * @param per the period over which the bucket refills
   */
  public record Limit(int requests, Duration per) {
    public Limit {
      if (requests < 1) {
        throw new IllegalArgumentException("A rate limit allows at least one request");
      }
      if (per == null || per.isZero() || per.isNegative()) {
        throw new IllegalArgumentException("A rate limit needs a positive period");
      }
    }
  }
}
