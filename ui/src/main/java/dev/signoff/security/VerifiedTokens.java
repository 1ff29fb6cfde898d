package dev.signoff.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the access tokens a decoder accepted, until they expire: an API client presents the
 * same token with every request, and checking its signature and claims again each time costs more
 * than the rest of a short request. A token is remembered together with the issuer expected for the
 * request that presented it (the built-in provider's issuer is the request's base URL), so a token
 * accepted on one address is checked again on another. Refused tokens are never remembered; tokens
 * without an expiry are checked every time.
 */
final class VerifiedTokens implements JwtDecoder {

  /** At most this many tokens are remembered; beyond it the expired ones are dropped, or all. */
  static final int CAPACITY = 4096;

  private final JwtDecoder decoder;
  private final Supplier<String> expectedIssuer;
  private final Clock clock;
  private final Map<String, Jwt> accepted = new ConcurrentHashMap<>();

  VerifiedTokens(JwtDecoder decoder, Supplier<String> expectedIssuer, Clock clock) {
    this.decoder = decoder;
    this.expectedIssuer = expectedIssuer;
    this.clock = clock;
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    String key = expectedIssuer.get() + ' ' + token;
    Instant now = clock.instant();
    Jwt known = accepted.get(key);
    if (known != null) {
      if (now.isBefore(known.getExpiresAt())) {
        return known;
      }
      accepted.remove(key);
    }
    Jwt jwt = decoder.decode(token);
    if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
      if (accepted.size() >= CAPACITY) {
        accepted.values().removeIf(remembered -> !now.isBefore(remembered.getExpiresAt()));
        if (accepted.size() >= CAPACITY) {
          accepted.clear();
        }
      }
      accepted.put(key, jwt);
    }
    return jwt;
  }
}
