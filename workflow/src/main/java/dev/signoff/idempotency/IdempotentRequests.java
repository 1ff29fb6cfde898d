package dev.signoff.idempotency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The table of idempotency keys. Every statement commits on its own: a claim is visible to a racing
 * request before the claimed request starts its work.
 */
class IdempotentRequests {

  /** A remembered request: its fingerprint and, once completed, its answer. */
  record Stored(
      UUID claimId,
      String method,
      String path,
      String requestHash,
      String state,
      Instant claimedAt,
      Instant expiresAt,
      int status,
      String headers,
      byte[] body) {

    boolean completed() {
      return "COMPLETED".equals(state);
    }

    /** Whether the request committed a change (and may have stopped before it could answer). */
    boolean changed() {
      return "CHANGED".equals(state);
    }
  }

  private final JdbcTemplate jdbc;
  private final Clock clock;

  IdempotentRequests(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Claims the caller's key for a request, unless a live record of the key exists.
   *
   * @return the new claim's id, empty when the key is taken (by a finished or a running request)
   */
  Optional<UUID> claim(
      String caller, String key, String method, String path, String hash, Instant expiresAt) {
    Instant now = clock.instant();
    jdbc.update(
        "DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ?"
            + " AND expires_at < ?",
        caller,
        key,
        Timestamp.from(now));
    UUID claimId = UUID.randomUUID();
    try {
      jdbc.update(
          "INSERT INTO idempotent_request (caller, idempotency_key, claim_id, request_method,"
              + " request_path, request_hash, state, claimed_at, expires_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?, ?)",
          caller,
          key,
          claimId,
          method,
          path,
          hash,
          Timestamp.from(now),
          Timestamp.from(expiresAt));
      return Optional.of(claimId);
    } catch (DuplicateKeyException taken) {
      return Optional.empty();
    }
  }

  /** The live record of the caller's key, if any. */
  Optional<Stored> find(String caller, String key) {
    List<Stored> found =
        jdbc.query(
            "SELECT claim_id, request_method, request_path, request_hash, state, claimed_at,"
                + " expires_at, response_status, response_headers, response_body"
                + " FROM idempotent_request WHERE caller = ? AND idempotency_key = ?"
                + " AND expires_at >= ?",
            (row, index) ->
                new Stored(
                    row.getObject("claim_id", UUID.class),
                    row.getString("request_method"),
                    row.getString("request_path"),
                    row.getString("request_hash"),
                    row.getString("state"),
                    row.getTimestamp("claimed_at").toInstant(),
                    row.getTimestamp("expires_at").toInstant(),
                    row.getInt("response_status"),
                    row.getString("response_headers"),
                    row.getBytes("response_body")),
            caller,
            key,
            Timestamp.from(clock.instant()));
    return found.stream().findFirst();
  }

  /** Stores the answer of a claimed request for replay. */
  void complete(String caller, String key, UUID claimId, int status, String headers, byte[] body) {
    jdbc.update(
        "UPDATE idempotent_request SET state = 'COMPLETED', completed_at = ?,"
            + " response_status = ?, response_headers = ?, response_body = ?"
            + " WHERE caller = ? AND idempotency_key = ? AND claim_id = ?",
        Timestamp.from(clock.instant()),
        status,
        headers,
        body,
        caller,
        key,
        claimId);
  }

  /**
   * Marks the claim: its request committed a change. Runs in the committing transaction, so the
   * mark and the change are stored together or not at all.
   */
  void markChanged(String caller, String key, UUID claimId) {
    jdbc.update(
        "UPDATE idempotent_request SET state = 'CHANGED' WHERE caller = ? AND idempotency_key = ?"
            + " AND claim_id = ? AND state = 'IN_PROGRESS'",
        caller,
        key,
        claimId);
  }

  /**
   * Takes over the claim of an interrupted request that changed nothing.
   *
   * @return whether this caller got it (another retry may have been quicker)
   */
  boolean takeOver(String caller, String key, UUID abandoned, UUID claimId) {
    return jdbc.update(
            "UPDATE idempotent_request SET claim_id = ?, claimed_at = ? WHERE caller = ?"
                + " AND idempotency_key = ? AND claim_id = ? AND state = 'IN_PROGRESS'",
            claimId,
            Timestamp.from(clock.instant()),
            caller,
            key,
            abandoned)
        == 1;
  }

  /**
   * Forgets a claim whose request was refused, so that a retry runs afresh (a refused request may
   * have committed a record of the refusal, never the change it asked for).
   */
  void release(String caller, String key, UUID claimId) {
    jdbc.update(
        "DELETE FROM idempotent_request WHERE caller = ? AND idempotency_key = ?"
            + " AND claim_id = ? AND state IN ('IN_PROGRESS', 'CHANGED')",
        caller,
        key,
        claimId);
  }

  /**
   * Deletes every expired record.
   *
   * @return how many were deleted
   */
  int deleteExpired() {
    return jdbc.update(
        "DELETE FROM idempotent_request WHERE expires_at < ?", Timestamp.from(clock.instant()));
  }
}
