package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.api.Consistency.Findings;
import dev.signoff.api.DatabaseProxy.Mode;
import dev.signoff.api.SignoffApi.Reply;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database goes away under load and comes back, and Signoff is not restarted: PostgreSQL's
 * connections are cut and new ones refused or blackholed by a proxy in between, and later the
 * server's backends are terminated as a database restart does. Meanwhile every request is answered
 * at once with 2xx or a 503 problem with {@code Retry-After} (never another 5xx, never a hang);
 * afterwards Signoff answers 2xx again on its own, the engine's job executor still runs due jobs,
 * and the data is as consistent as after a kill: nothing acknowledged lost, nothing half-written.
 */
class DatabaseOutageIntegrationTest {

  private static final String SCHEMA = "faults_outage";
  private static final String APPLICATION_NAME = "signoff-faults-outage";

  /** How long a client waits for an answer before it counts the request as hanging. */
  private static final Duration HANG = Duration.ofSeconds(15);

  private final List<String> unclean = new ArrayList<>();
  private int probes;
  private int answered503;

  @Test
  void outagesAreAnswered503WithRetryAfterAndSignoffRecoversWithoutRestart() throws Exception {
    ReviewLoad load = new ReviewLoad(3, System.nanoTime());
    try (DatabaseProxy proxy = new DatabaseProxy(PostgresSchema.hostAndPort());
        SignoffServer server =
            new SignoffServer(
                "outage-test",
                PostgresSchema.urlThrough(proxy.hostAndPort()),
                SCHEMA,
                Map.of(
                    "spring.datasource.url",
                    PostgresSchema.urlThrough(proxy.hostAndPort())
                        + "?currentSchema="
                        + SCHEMA
                        + "&ApplicationName="
                        + APPLICATION_NAME))) {
      server.start();
      SignoffApi api = new SignoffApi(server.port(), HANG);
      load.start(api);
      Thread.sleep(5_000);

      // 1. Connections cut, new ones blackholed, then refused; then the database is back.
      proxy.mode(Mode.BLACKHOLE);
      proxy.cutAll();
      probeWhileDown(api, Duration.ofSeconds(5));
      proxy.mode(Mode.REFUSE);
      proxy.cutAll();
      probeWhileDown(api, Duration.ofSeconds(3));
      proxy.mode(Mode.FORWARD);
      awaitRecovery(api);
      Thread.sleep(3_000);

      // 2. A database restart as Signoff sees it: every backend of the server terminated, twice.
      int terminated = terminateBackends();
      Thread.sleep(1_000);
      terminated += terminateBackends();
      probe(api, true);
      awaitRecovery(api);
      Thread.sleep(3_000);
      load.stop();

      // 3. The engine's job executor still runs jobs that fall due after the outage.
      String job = makeAReminderDue();
      awaitJobDone(job);

      Findings findings = Consistency.check(SCHEMA, api, load.journal(), Duration.ofSeconds(60));
      findings.details().forEach(detail -> System.out.println("outage-test:   " + detail));
      System.out.printf(
          "outage-test: outages=3 terminated-backends=%d acked=%d answers-503=%d"
              + " unclean-answers=%d lost=%d duplicates=%d impossible=%d unverified-chains=%d"
              + " missing-from-index=%d job-after-outage=done%n",
          terminated,
          load.journal().size(),
          answered503 + load.serviceUnavailableAnswers(),
          unclean.size() + load.serverErrors(),
          findings.lost(),
          findings.duplicates(),
          findings.impossible(),
          findings.unverifiedChains(),
          findings.missingFromIndex());
      assertThat(unclean).as("probes answered other than 2xx / 503 problem").isEmpty();
      assertThat(load.serverErrors())
          .as("load answered 5xx other than 503: %s", load.serverErrorSamples())
          .isZero();
      assertThat(answered503).as("probes answered 503 while the database was away").isPositive();
      assertThat(terminated).isPositive();
      assertThat(findings.details()).isEmpty();
    }
  }

  /** Probes reads and writes for the given time; the database is away, so each must get 503. */
  private void probeWhileDown(SignoffApi api, Duration duration) {
    Instant end = Instant.now().plus(duration);
    while (Instant.now().isBefore(end)) {
      probe(api, false);
    }
  }

  /** One read and one write; 2xx is accepted only when {@code mayWork}. */
  private void probe(SignoffApi api, boolean mayWork) {
    String marker = DealReviewApiContract.uniqueWord();
    List<Reply> replies = new ArrayList<>();
    try {
      replies.add(api.get("manager", "/api/deals"));
      replies.add(
          api.submitDeal(
              "owner",
              DealReviewApiContract.dealJson("Probe " + marker),
              "probe.md",
              DealReviewApiContract.contract(marker)));
    } catch (RuntimeException hangOrReset) {
      unclean.add("no answer within " + HANG + ": " + hangOrReset);
      return;
    }
    for (Reply reply : replies) {
      probes++;
      if (reply.status() == 503) {
        answered503++;
        if (reply.headers().getFirst("Retry-After") == null
            || reply.headers().getContentType() == null
            || !reply
                .headers()
                .getContentType()
                .isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
            || reply.body() == null
            || reply.body().get("status").asInt() != 503) {
          unclean.add("503 without Retry-After or problem body: " + reply);
        }
      } else if (!(mayWork && reply.status() / 100 == 2)) {
        unclean.add(reply.status() + " " + reply.body());
      }
    }
  }

  /** Waits (at most a minute) until a read and a write succeed again. */
  private static void awaitRecovery(SignoffApi api) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    while (Instant.now().isBefore(deadline)) {
      try {
        String marker = DealReviewApiContract.uniqueWord();
        if (api.get("manager", "/api/deals").status() == 200
            && api.submitDeal(
                        "owner",
                        DealReviewApiContract.dealJson("Recovered " + marker),
                        "recovered.md",
                        DealReviewApiContract.contract(marker))
                    .status()
                == 201) {
          return;
        }
      } catch (RuntimeException notYet) {
        // keep trying
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Signoff did not recover within a minute after the database returned");
  }

  /** Terminates every backend of the server under test (and only those); returns how many. */
  private static int terminateBackends() throws SQLException {
    try (Connection connection = PostgresSchema.connect();
        PreparedStatement terminate =
            connection.prepareStatement(
                "SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = ? AND pid <> pg_backend_pid()")) {
      terminate.setString(1, APPLICATION_NAME);
      try (ResultSet rows = terminate.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /**
   * Brings one review reminder timer of an open deal due now (as time passing would), so that the
   * job executor has to pick it up; returns the job's id.
   */
  private static String makeAReminderDue() throws SQLException {
    try (Connection connection = PostgresSchema.connect(SCHEMA);
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id_ FROM act_ru_job WHERE handler_type_ LIKE 'timer%'"
                    + " AND exception_msg_ IS NULL ORDER BY duedate_ LIMIT 1")) {
      assertThat(rows.next()).as("a timer job to run").isTrue();
      String job = rows.getString(1);
      try (PreparedStatement due =
          connection.prepareStatement(
              "UPDATE act_ru_job SET duedate_ = now() - interval '1 second' WHERE id_ = ?")) {
        due.setString(1, job);
        due.executeUpdate();
      }
      return job;
    }
  }

  /** Waits (at most a minute) until the job ran without failing. */
  private static void awaitJobDone(String job) throws SQLException, InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    try (Connection connection = PostgresSchema.connect(SCHEMA);
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT count(*), max(retries_), max(exception_msg_) FROM act_ru_job WHERE id_ = ?")) {
      query.setString(1, job);
      while (Instant.now().isBefore(deadline)) {
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          if (rows.getInt(1) == 0) {
            return;
          }
          assertThat(rows.getString(3)).as("the job failed after the outage").isNull();
        }
        Thread.sleep(500);
      }
    }
    throw new AssertionError("The job executor did not run job " + job + " after the outage");
  }
}
