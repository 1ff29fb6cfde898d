package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.SignoffApplication;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.support.ServerDataDirectory;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two Signoff nodes on one PostgreSQL schema, each with an index replica of its own fed from the
 * shared change log: a deal signed through either node is found by searches on the other, and a
 * node killed on the spot (SIGKILL, with index changes not yet committed) catches up from the
 * change log after restarting, without missing a deal.
 *
 * <p>Node A runs in the test's JVM and is the only one running the engine's job executor, so timers
 * fire once; node B is a server process of its own, so that it can really be killed. Both serve
 * requests and issue their own tokens.
 */
class PrecedentNodesOnPostgresIntegrationTest {

  private static final String SCHEMA = "signoff_precedent_nodes";
  private static final List<String> REVIEWERS = DealReviewApiContract.REVIEWERS;
  private static final Duration FOUND_WITHIN = Duration.ofSeconds(10);
  private static final Duration STARTS_WITHIN = Duration.ofMinutes(3);

  private static ConfigurableApplicationContext nodeA;
  private static Process nodeB;
  private static int portOfB;
  private static Path dataOfB;
  private static SignoffApi apiA;
  private static SignoffApi apiB;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    try (Connection connection =
            DriverManager.getConnection(
                DealReviewApiOnPostgresIntegrationTest.URL,
                DealReviewApiOnPostgresIntegrationTest.USER,
                DealReviewApiOnPostgresIntegrationTest.PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    // One after the other: the first node creates the schema (Flyway, engine tables).
    String[] settingsOfA = settings(ServerDataDirectory.create("node-a"), 0, true, "30s");
    nodeA = new SpringApplicationBuilder(SignoffApplication.class).run(settingsOfA);
    apiA = new SignoffApi(((WebServerApplicationContext) nodeA).getWebServer().getPort());
    dataOfB = ServerDataDirectory.create("node-b");
    startNodeB();
  }

  @AfterAll
  static void stopNodes() throws InterruptedException {
    if (nodeB != null) {
      nodeB.destroy();
      nodeB.waitFor(60, TimeUnit.SECONDS);
    }
    if (nodeA != null) {
      nodeA.close();
    }
  }

  @Test
  void aDealSignedOnEitherNodeIsFoundOnTheOther() throws Exception {
    String markerA = DealReviewApiContract.uniqueWord();
    String signedOnA = signDeal(apiA, markerA);
    String markerB = DealReviewApiContract.uniqueWord();
    String signedOnB = signDeal(apiB, markerB);

    // Read-your-write on the signing node, replication through the change log on the other.
    assertThat(idsFound(apiA, markerA)).contains(signedOnA);
    assertThat(awaitFound(apiB, markerA, signedOnA)).isTrue();
    assertThat(idsFound(apiB, markerB)).contains(signedOnB);
    assertThat(awaitFound(apiA, markerB, signedOnB)).isTrue();
  }

  @Test
  void aKilledNodeCatchesUpFromTheChangeLogWithoutMissingADeal() throws Exception {
    List<String> markers = new ArrayList<>();
    List<String> dealIds = new ArrayList<>();
    for (int deal = 0; deal < 2; deal++) {
      String marker = DealReviewApiContract.uniqueWord();
      markers.add(marker);
      dealIds.add(signDeal(deal == 0 ? apiB : apiA, marker));
      assertThat(awaitFound(apiB, marker, dealIds.get(deal))).isTrue();
    }
    // Node B commits its index only every hour: killing it now loses what it indexed.
    nodeB.destroyForcibly();
    assertThat(nodeB.waitFor(60, TimeUnit.SECONDS)).isTrue();

    // While node B is down, node A signs one more deal.
    String whileDown = DealReviewApiContract.uniqueWord();
    markers.add(whileDown);
    dealIds.add(signDeal(apiA, whileDown));

    Instant restart = Instant.now();
    startNodeB();
    for (int deal = 0; deal < markers.size(); deal++) {
      assertThat(awaitFound(apiB, markers.get(deal), dealIds.get(deal)))
          .as("deal %s after the restart", dealIds.get(deal))
          .isTrue();
    }
    System.out.printf(
        "Killed node B restarted and found every deal %d ms after starting%n",
        Duration.between(restart, Instant.now()).toMillis());
  }

  private static void startNodeB() throws Exception {
    if (portOfB == 0) {
      try (ServerSocket socket = new ServerSocket(0)) {
        portOfB = socket.getLocalPort();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SignoffApplication.class.getName());
    command.addAll(List.of(settings(dataOfB, portOfB, false, "1h")));
    nodeB =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(dataOfB.resolve("server.log").toFile()))
            .start();
    apiB = new SignoffApi(portOfB);
    Instant deadline = Instant.now().plus(STARTS_WITHIN);
    while (true) {
      try {
        apiB.tokenOf("owner");
        return;
      } catch (RuntimeException notListeningYet) {
        if (!nodeB.isAlive() || Instant.now().isAfter(deadline)) {
          throw new AssertionError(
              "Node B did not start; see " + dataOfB.resolve("server.log"), notListeningYet);
        }
        Thread.sleep(500);
      }
    }
  }

  /** Command-line settings of a node: they win over every configuration file. */
  private static String[] settings(Path data, int port, boolean runsJobs, String commitInterval) {
    Map<String, Object> settings =
        Map.ofEntries(
            Map.entry("spring.profiles.active", "postgres"),
            Map.entry("server.port", Integer.toString(port)),
            Map.entry(
                "spring.datasource.url",
                DealReviewApiOnPostgresIntegrationTest.URL + "?currentSchema=" + SCHEMA),
            Map.entry("spring.datasource.username", DealReviewApiOnPostgresIntegrationTest.USER),
            Map.entry(
                "spring.datasource.password", DealReviewApiOnPostgresIntegrationTest.PASSWORD),
            Map.entry("spring.flyway.schemas", SCHEMA),
            Map.entry("camunda.bpm.database.schema-name", SCHEMA),
            Map.entry("camunda.bpm.database.table-prefix", SCHEMA + "."),
            Map.entry("camunda.bpm.job-execution.enabled", Boolean.toString(runsJobs)),
            Map.entry("signoff.search.directory", data.resolve("index").toString()),
            Map.entry("signoff.search.commit-interval", commitInterval),
            Map.entry("signoff.identity.key-file", data.resolve("signing-key.json").toString()),
            Map.entry("signoff.demo.enabled", "false"),
            Map.entry("signoff.precedent.poll-interval", "200ms"));
    return settings.entrySet().stream()
        .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
        .toArray(String[]::new);
  }

  /** Submits a deal through the node and takes it through every approval there. */
  private static String signDeal(SignoffApi api, String marker) {
    Reply submitted =
        api.submitDeal(
            "owner",
            DealReviewApiContract.dealJson("Node " + marker),
            "contract.md",
            DealReviewApiContract.contract(marker));
    assertThat(submitted.status()).isEqualTo(201);
    String dealId = submitted.body().get("id").asText();
    for (String reviewer : REVIEWERS) {
      String task = taskOf(api, reviewer, dealId);
      assertThat(api.answerAllSatisfied(reviewer, task).status()).isEqualTo(200);
      assertThat(api.decide(reviewer, task, "APPROVE", "Fine.").status()).isEqualTo(200);
    }
    for (String reviewer : REVIEWERS) {
      Map<String, Object> confirmation =
          Map.of(
              "outcome",
              "APPROVE",
              "confirmations",
              Map.of(
                  "contractMatchesDeployment",
                  true,
                  "riskAcceptable",
                  true,
                  "monitoringInPlace",
                  true));
      assertThat(api.decide(reviewer, taskOf(api, reviewer, dealId), confirmation).status())
          .isEqualTo(200);
    }
    Reply signed = api.decide("manager", taskOf(api, "manager", dealId), "APPROVE", "Sign.");
    assertThat(signed.body().get("dealStage").asText()).isEqualTo("SIGNED");
    return dealId;
  }

  private static String taskOf(SignoffApi api, String user, String dealId) {
    Reply tasks = api.get(user, "/api/tasks");
    assertThat(tasks.status()).isEqualTo(200);
    for (JsonNode task : tasks.body()) {
      if (task.get("dealId").asText().equals(dealId)) {
        return task.get("id").asText();
      }
    }
    throw new AssertionError("No task for " + user + " on deal " + dealId);
  }

  private static List<String> idsFound(SignoffApi api, String marker) {
    Reply reply = api.searchPrecedents("owner", marker);
    assertThat(reply.status()).isEqualTo(200);
    return reply.body().findValuesAsText("dealId");
  }

  private static boolean awaitFound(SignoffApi api, String marker, String dealId)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(FOUND_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      if (idsFound(api, marker).contains(dealId)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }
}
