package dev.signoff.precedent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change log that feeds the precedent index. A change is written in the transaction of the deal
 * change it records, so the log holds a change exactly when the deal change committed.
 */
@Component
class PrecedentChangeLog {

  private final JdbcClient jdbc;
  private final Clock clock;

  PrecedentChangeLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Appends a change in the caller's transaction and returns its position. */
  @Transactional(propagation = Propagation.MANDATORY)
  long record(UUID dealId, PrecedentChange.Kind kind) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "INSERT INTO precedent_change (deal_id, kind, recorded_at)"
                + " VALUES (:dealId, :kind, :recordedAt)")
        .param("dealId", dealId)
        .param("kind", kind.name())
        .param("recordedAt", Timestamp.from(clock.instant()))
        .update(keys, "position");
    return keys.getKey().longValue();
  }

  /** The changes after {@code position}, in position order, at most {@code limit}. */
  @Transactional(readOnly = true)
  List<PrecedentChange> after(long position, int limit) {
    return jdbc.sql(
            "SELECT position, deal_id, kind, recorded_at FROM precedent_change"
                + " WHERE position > :position ORDER BY position LIMIT :limit")
        .param("position", position)
        .param("limit", limit)
        .query(
            (row, number) ->
                new PrecedentChange(
                    row.getLong("position"),
                    row.getObject("deal_id", UUID.class),
                    PrecedentChange.Kind.valueOf(row.getString("kind")),
                    row.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /** The highest position written so far, 0 when the log is empty. */
  @Transactional(readOnly = true)
  long lastPosition() {
    return jdbc.sql("SELECT COALESCE(MAX(position), 0) FROM precedent_change")
        .query(Long.class)
        .single();
  }
}
