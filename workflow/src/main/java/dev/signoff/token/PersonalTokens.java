package dev.signoff.token;

import dev.signoff.audit.RequestDenialLog;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.problem.SignoffProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens. Each user creates, lists and revokes only their own; the secret ({@code
 * sot_} and 43 random URL-safe characters, 256 bits) is returned once and only its SHA-256 is kept.
 * A token acts as its owner with the groups they had at their latest login, limited to its scope.
 */
@Service
public class PersonalTokens {

  /** Every personal token starts with this, so bearer tokens are told apart from JWTs. */
  public static final String PREFIX = "sot_";

  public static final int MAX_NAME_LENGTH = 80;
  public static final Duration MIN_LIFETIME = Duration.ofDays(1);
  public static final Duration MAX_LIFETIME = Duration.ofDays(366);
  public static final int MAX_ACTIVE_PER_USER = 20;

  /** Last use is written at most this often per token, not on every request. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;
  private final KnownUsers knownUsers;
  private final RequestDenialLog denials;

  PersonalTokens(JdbcClient jdbc, Clock clock, KnownUsers knownUsers, RequestDenialLog denials) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.knownUsers = knownUsers;
    this.denials = denials;
  }

  /**
   * Creates a token for the caller.
   *
   * @throws SignoffProblem 400 on a blank, too long or duplicate name, a missing scope, a lifetime
   *     outside one day to 366 days, or when the caller already has the most active tokens
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public IssuedToken create(String name, TokenScope scope, Duration lifetime) {
    Caller caller = CurrentCaller.get();
    refuseTokenAuthenticated(caller, "create a token");
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty()) {
      throw invalid("Give the token a name.");
    }
    if (cleanName.length() > MAX_NAME_LENGTH
        || cleanName.codePoints().anyMatch(Character::isISOControl)) {
      throw invalid("A token name has at most " + MAX_NAME_LENGTH + " printable characters.");
    }
    if (scope == null) {
      throw invalid("Choose the token's scope: READ or WRITE.");
    }
    if (lifetime == null
        || lifetime.compareTo(MIN_LIFETIME) < 0
        || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw invalid("A token lives at least one day and at most 366 days.");
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<ApiToken> active =
        mineOf(caller.username()).stream().filter(token -> token.activeAt(now)).toList();
    if (active.size() >= MAX_ACTIVE_PER_USER) {
      throw invalid(
          "You have "
              + MAX_ACTIVE_PER_USER
              + " active tokens, the most allowed. Revoke one you no longer use.");
    }
    if (active.stream().anyMatch(token -> token.name().equalsIgnoreCase(cleanName))) {
      throw invalid("You already have an active token named \"" + cleanName + "\".");
    }
    byte[] random = new byte[32];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    ApiToken token =
        new ApiToken(
            UUID.randomUUID(),
            caller.username(),
            cleanName,
            scope,
            now,
            null,
            now.plus(lifetime),
            null);
    jdbc.sql(
            """
            INSERT INTO api_token (id, owner, name, scope, token_hash, created_at, expires_at)
            VALUES (:id, :owner, :name, :scope, :hash, :created, :expires)""")
        .param("id", token.id())
        .param("owner", token.owner())
        .param("name", token.name())
        .param("scope", scope.name())
        .param("hash", hash(secret))
        .param("created", Timestamp.from(token.createdAt()))
        .param("expires", Timestamp.from(token.expiresAt()))
        .update();
    return new IssuedToken(token, secret);
  }

  /** The caller's tokens, newest first, including revoked and expired ones. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ApiToken> mine() {
    return mineOf(CurrentCaller.get().username());
  }

  /**
   * Revokes one of the caller's tokens at once; revoking a revoked token changes nothing.
   *
   * @throws SignoffProblem 404 when no such token exists
   * @throws AccessDeniedException when it belongs to someone else (recorded)
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public ApiToken revoke(UUID id) {
    Caller caller = CurrentCaller.get();
    refuseTokenAuthenticated(caller, "revoke a token");
    ApiToken token = find(id).orElseThrow(() -> SignoffProblem.notFound("The token"));
    if (!token.owner().equals(caller.username())) {
      denials.record(
          caller.username(),
          "revoke token",
          id.toString(),
          403,
          "token belongs to another user",
          "");
      throw new AccessDeniedException("Only its owner can revoke a token.");
    }
    if (token.revokedAt() != null) {
      return token;
    }
    jdbc.sql("UPDATE api_token SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
    return find(id).orElseThrow();
  }

  /**
   * Checks a presented secret. Called before anyone is authenticated, by the bearer token filter.
   *
   * @return who it acts for, or why it is refused
   */
  @Transactional
  public TokenCheck check(String secret) {
    if (secret == null || !secret.startsWith(PREFIX)) {
      return TokenCheck.refused(null, "not a personal token");
    }
    Optional<ApiToken> found =
        jdbc.sql(SELECT + " WHERE token_hash = :hash")
            .param("hash", hash(secret))
            .query(PersonalTokens::token)
            .optional();
    if (found.isEmpty()) {
      return TokenCheck.refused(null, "unknown personal token");
    }
    ApiToken token = found.get();
    Instant now = clock.instant();
    if (token.revokedAt() != null) {
      return TokenCheck.refused(token, "personal token revoked");
    }
    if (!now.isBefore(token.expiresAt())) {
      return TokenCheck.refused(token, "personal token expired");
    }
    if (token.lastUsedAt() == null || token.lastUsedAt().plus(LAST_USE_PRECISION).isBefore(now)) {
      jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
          .param("now", Timestamp.from(now))
          .param("id", token.id())
          .update();
    }
    Set<String> groups = knownUsers.groupsOf(token.owner()).orElse(Set.of());
    return new TokenCheck(new TokenHolder(token.owner(), groups, token.scope()), token, null);
  }

  /**
   * The outcome of {@link #check}.
   *
   * @param holder who the token acts for, when valid
   * @param token the stored token, when one matched
   * @param refusal why it is refused, when not valid
   */
  public record TokenCheck(TokenHolder holder, ApiToken token, String refusal) {
    static TokenCheck refused(ApiToken token, String reason) {
      return new TokenCheck(null, token, reason);
    }

    public boolean valid() {
      return holder != null;
    }
  }

  /** Tokens are managed in a login session, never with a token (a leaked one cannot mint more). */
  private void refuseTokenAuthenticated(Caller caller, String attempted) {
    if (TokenAuthentication.current()) {
      denials.record(
          caller.username(),
          attempted,
          "api tokens",
          403,
          "personal token used to manage tokens",
          "");
      throw new AccessDeniedException("Manage API tokens after signing in, not with a token.");
    }
  }

  private List<ApiToken> mineOf(String owner) {
    return jdbc.sql(SELECT + " WHERE owner = :owner ORDER BY created_at DESC, name")
        .param("owner", owner)
        .query(PersonalTokens::token)
        .list();
  }

  private Optional<ApiToken> find(UUID id) {
    return jdbc.sql(SELECT + " WHERE id = :id")
        .param("id", id)
        .query(PersonalTokens::token)
        .optional();
  }

  private static final String SELECT =
      "SELECT id, owner, name, scope, created_at, last_used_at, expires_at, revoked_at FROM api_token";

  private static ApiToken token(ResultSet row, int number) throws SQLException {
    return new ApiToken(
        row.getObject("id", UUID.class),
        row.getString("owner"),
        row.getString("name"),
        TokenScope.valueOf(row.getString("scope")),
        instant(row.getTimestamp("created_at")),
        instant(row.getTimestamp("last_used_at")),
        instant(row.getTimestamp("expires_at")),
        instant(row.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  /** The stored form of a secret: hex SHA-256 of its UTF-8 bytes. */
  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static SignoffProblem invalid(String detail) {
    return new SignoffProblem(HttpStatus.BAD_REQUEST, "Invalid token request", detail);
  }
}
