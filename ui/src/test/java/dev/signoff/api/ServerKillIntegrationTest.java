package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.api.Consistency.Findings;
import dev.signoff.api.ReviewLoad.Decided;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Signoff killed with SIGKILL under load, five times, and started again on the same database and
 * data directory: after each restart every acknowledged change is still there, nothing happened
 * twice, no deal is in an impossible state, every audit chain verifies and the index has caught up
 * with every signed deal. The load's pauses come from a seeded random (printed; {@code
 * -Dsignoff.kill-test.seed=N} replays the same pauses).
 */
class ServerKillIntegrationTest {

  private static final String SCHEMA = "faults_kill";
  private static final int CYCLES = 5;
  private static final int THREADS = 4;

  @Test
  void everyAcknowledgedChangeSurvivesSigkillAndRestart() throws Exception {
    long seed = Long.getLong("signoff.kill-test.seed", System.nanoTime());
    System.out.println("kill-test: seed=" + seed);
    Random pauses = new Random(seed);
    ReviewLoad load = new ReviewLoad(THREADS, seed);
    int[] worst = new int[5];
    try (SignoffServer server =
        new SignoffServer("kill-test", PostgresSchema.URL, SCHEMA, Map.of())) {
      server.start();
      SignoffApi api = new SignoffApi(server.port(), Duration.ofSeconds(20));
      for (int cycle = 1; cycle <= CYCLES; cycle++) {
        long loadMillis = 3_000 + pauses.nextInt(9_001);
        // One deal signed before the random load, so that every cycle has decisions and a new
        // precedent whose index commit the kill may well have cut off.
        String signed = load.signOneDeal(api);
        assertThat(api.get("manager", "/api/deals/" + signed).body().get("stage").asText())
            .isEqualTo("SIGNED");
        load.start(api);
        Thread.sleep(loadMillis);
        server.kill();
        load.stop();
        server.start();
        Findings findings = Consistency.check(SCHEMA, api, load.journal(), Duration.ofSeconds(60));
        System.out.printf(
            "kill-test: cycle %d after %d ms of load: acked=%d lost=%d duplicates=%d"
                + " impossible=%d unverified-chains=%d missing-from-index=%d%n",
            cycle,
            loadMillis,
            load.journal().size(),
            findings.lost(),
            findings.duplicates(),
            findings.impossible(),
            findings.unverifiedChains(),
            findings.missingFromIndex());
        findings.details().forEach(detail -> System.out.println("kill-test:   " + detail));
        System.out.println(
            "kill-test:   answers by status "
                + load.answersByStatus()
                + ", requests without answer "
                + load.failedRequests());
        worst[0] = Math.max(worst[0], findings.lost());
        worst[1] = Math.max(worst[1], findings.duplicates());
        worst[2] = Math.max(worst[2], findings.impossible());
        worst[3] = Math.max(worst[3], findings.unverifiedChains());
        worst[4] = Math.max(worst[4], findings.missingFromIndex());
      }
      List<ReviewLoad.Acknowledged> journal = load.journal();
      System.out.printf(
          "kill-test: cycles=%d acked=%d lost=%d duplicates=%d impossible=%d unverified-chains=%d"
              + " missing-from-index=%d%n",
          CYCLES, journal.size(), worst[0], worst[1], worst[2], worst[3], worst[4]);
      assertThat(worst).as("lost, duplicates, impossible, unverified, missing").containsOnly(0);
      assertThat(load.serverErrors())
          .as("answers 500 and above other than 503: %s", load.serverErrorSamples())
          .isZero();
      // The load did real work: decisions were acknowledged and deals signed.
      assertThat(journal).filteredOn(Decided.class::isInstance).isNotEmpty();
      assertThat(journal)
          .filteredOn(
              change ->
                  change instanceof Decided decided && decided.kind().equals("FINAL_APPROVAL"))
          .isNotEmpty();
    }
  }
}
