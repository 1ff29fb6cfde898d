package dev.signoff.token;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it: never the secret, which is shown once at creation.
 *
 * @param lastUsedAt when it last authenticated a request (to the minute), or null
 * @param revokedAt when its owner revoked it, or null
 */
public record ApiToken(
    UUID id,
    String owner,
    String name,
    TokenScope scope,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    Instant revokedAt) {

  /** Whether the token still authenticates requests at the given instant. */
  public boolean activeAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt);
  }
}
