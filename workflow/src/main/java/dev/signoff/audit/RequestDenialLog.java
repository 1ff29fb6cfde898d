package dev.signoff.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The append-only log of requests refused outside any deal: missing, expired, revoked or foreign
 * credentials, a read-only token that tried to write, a rate limit, a role check at the HTTP
 * surface. Denials on a deal go to that deal's chain instead ({@link AccessDenied}).
 *
 * <p>Written by one writer thread from a bounded queue, so that a flood of refused requests neither
 * holds request threads nor fills memory; what overflows is logged.
 */
@Service
public class RequestDenialLog implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RequestDenialLog.class);
  private static final int QUEUE_CAPACITY = 10_000;

  /**
   * One refusal.
   *
   * @param actor the user, {@code token:<id>} or {@code anonymous}
   * @param attempted what was tried, e.g. {@code POST} or {@code revoke token}
   * @param target the path or object
   * @param status the HTTP status given (401, 403, 429)
   * @param reason why it was refused
   * @param remoteAddress the client's address
   */
  public record Denial(
      Instant occurredAt,
      String actor,
      String attempted,
      String target,
      int status,
      String reason,
      String remoteAddress) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final ThreadPoolExecutor writer =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(QUEUE_CAPACITY),
          work -> {
            Thread thread = new Thread(work, "audit-request-denials");
            thread.setDaemon(true);
            return thread;
          },
          (work, executor) -> log.warn("Audit: too many refused requests at once; not recorded"));

  RequestDenialLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a refusal; returns at once, the row is written shortly after. */
  public void record(
      String actor,
      String attempted,
      String target,
      int status,
      String reason,
      String remoteAddress) {
    Denial denial =
        new Denial(
            clock.instant(),
            cut(actor == null || actor.isBlank() ? "anonymous" : actor, 200),
            cut(attempted, 200),
            cut(target, 500),
            status,
            cut(reason, 500),
            cut(remoteAddress == null ? "" : remoteAddress, 64));
    writer.execute(() -> write(denial));
  }

  private void write(Denial denial) {
    try {
      jdbc.sql(
              """
              INSERT INTO request_denial
                (occurred_at, actor, attempted, target, status, reason, remote_address)
              VALUES (:at, :actor, :attempted, :target, :status, :reason, :remote)""")
          .param("at", Timestamp.from(denial.occurredAt()))
          .param("actor", denial.actor())
          .param("attempted", denial.attempted())
          .param("target", denial.target())
          .param("status", denial.status())
          .param("reason", denial.reason())
          .param("remote", denial.remoteAddress())
          .update();
    } catch (RuntimeException e) {
      log.error("Audit: could not record {}", denial, e);
    }
  }

  /** The latest refusals, newest first (for administrators and tests). */
  public List<Denial> latest(int limit) {
    return jdbc.sql(
            """
            SELECT occurred_at, actor, attempted, target, status, reason, remote_address
            FROM request_denial ORDER BY id DESC LIMIT :limit""")
        .param("limit", limit)
        .query(
            (row, number) ->
                new Denial(
                    row.getTimestamp("occurred_at").toInstant(),
                    row.getString("actor"),
                    row.getString("attempted"),
                    row.getString("target"),
                    row.getInt("status"),
                    row.getString("reason"),
                    row.getString("remote_address")))
        .list();
  }

  private static String cut(String value, int length) {
    String text = value == null ? "" : value;
    return text.length() <= length ? text : text.substring(0, length);
  }

  @Override
  public void destroy() throws InterruptedException {
    writer.shutdown();
    if (!writer.awaitTermination(5, TimeUnit.SECONDS)) {
      writer.shutdownNow();
    }
  }
}
