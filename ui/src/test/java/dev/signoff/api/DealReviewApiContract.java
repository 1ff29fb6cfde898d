package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.SignoffApplication;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.support.ServerDataDirectory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The whole review path and its refusals through the REST API, as a script would drive it: real
 * HTTP, real tokens from the built-in identity provider, the real engine, database and index. Run
 * once per database by the subclasses.
 */
@SpringBootTest(
    classes = SignoffApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class DealReviewApiContract
    implements PrecedentApiContract,
        AccessControlApiContract,
        HostileUploadApiContract,
        IdempotencyApiContract,
        BadInputApiContract {

  static final List<String> REVIEWERS = List.of("legal", "security", "engineering", "product");
  private static final Random RANDOM = new Random();

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired org.springframework.context.ApplicationEventPublisher events;
  @Autowired dev.signoff.demo.PastDealImport pastDealImport;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  SignoffApi api;

  @Override
  public SignoffApi api() {
    return api;
  }

  @Override
  public org.springframework.context.ApplicationContext context() {
    return context;
  }

  @Override
  public JdbcTemplate jdbc() {
    return jdbc;
  }

  @Override
  public dev.signoff.demo.PastDealImport pastDealImport() {
    return pastDealImport;
  }

  @Override
  public org.camunda.bpm.engine.RuntimeService runtime() {
    return runtime;
  }

  /** Settings every subclass shares; each passes a data directory of its own (one server each). */
  static void commonProperties(DynamicPropertyRegistry registry, String serverName) {
    Path dataDirectory = ServerDataDirectory.create(serverName);
    registry.add("signoff.search.directory", () -> dataDirectory.resolve("index").toString());
    registry.add(
        "signoff.identity.key-file", () -> dataDirectory.resolve("signing-key.json").toString());
    registry.add("signoff.demo.enabled", () -> "false");
  }

  @BeforeEach
  void connect() {
    api = new SignoffApi(port);
  }

  @Test
  void dealGoesFromSubmissionThroughFourReviewsAndFinalApprovalToPrecedent() throws Exception {
    String marker = uniqueWord();
    Reply submitted = submit("Support summarisation " + marker, contract(marker));
    assertThat(submitted.status()).isEqualTo(201);
    String dealId = submitted.body().get("id").asText();
    assertThat(submitted.headers().getLocation()).hasPath("/api/deals/" + dealId);
    assertThat(submitted.body().get("stage").asText()).isEqualTo("IN_REVIEW");
    assertThat(texts(submitted.body().get("signOffsPending")))
        .containsExactly("legal", "security-privacy", "engineering", "product", "manager");
    assertThat(submitted.body().at("/contract/sha256").asText()).hasSize(64);
    assertThat(submitted.body().get("riskTier").asText()).isEqualTo("LOW");
    assertThat(texts(submitted.body().get("requiredReviews")))
        .containsExactly("legal", "security-privacy", "engineering", "product");

    for (String reviewer : REVIEWERS) {
      JsonNode task = taskOf(reviewer, dealId);
      assertThat(task.get("name").asText()).endsWith("review");
      assertThat(task.get("due").isNull()).isFalse();
      assertThat(task.get("created").isNull()).isFalse();
      Reply decided = approveReview(reviewer, task.get("id").asText());
      assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
    }
    JsonNode afterReviews = api.get("manager", "/api/deals/" + dealId).body();
    assertThat(afterReviews.get("stage").asText()).isEqualTo("PRE_SIGNOFF");
    assertThat(texts(afterReviews.get("signOffsDone")))
        .containsExactly("legal", "security-privacy", "engineering", "product");
    assertThat(texts(afterReviews.get("signOffsPending"))).containsExactly("manager");

    String legalConfirmation = taskOf("legal", dealId).get("id").asText();
    Reply halfConfirmed =
        api.decide(
            "legal",
            legalConfirmation,
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
                    false)));
    assertProblem(halfConfirmed, 400, "Invalid decision");
    for (String reviewer : REVIEWERS) {
      assertThat(confirmPreSignoff(reviewer, taskOf(reviewer, dealId).get("id").asText()).status())
          .isEqualTo(200);
    }
    assertThat(api.get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("FINAL_APPROVAL");

    JsonNode finalTask = taskOf("manager", dealId);
    assertThat(finalTask.get("candidateGroup").asText()).isEqualTo("manager");
    Reply approved = api.decide("manager", finalTask.get("id").asText(), "APPROVE", "Sign it.");
    assertThat(approved.status()).isEqualTo(200);
    assertThat(approved.body().get("dealStage").asText()).isEqualTo("SIGNED");

    JsonNode signed = api.get("owner", "/api/deals/" + dealId).body();
    assertThat(signed.get("stage").asText()).isEqualTo("SIGNED");
    assertThat(signed.get("signOffsPending")).isEmpty();
    assertThat(signed.get("decidedAt").isNull()).isFalse();

    // Read-your-write: the signing request returns once searches see the new precedent.
    assertThat(api.searchPrecedents("owner", marker).body().findValuesAsText("dealId"))
        .contains(dealId);
    JsonNode hit = awaitPrecedent("owner", marker, dealId);
    assertThat(hit.get("title").asText()).isEqualTo("Support summarisation " + marker);
    assertThat(hit.get("outcome").asText()).isEqualTo("SIGNED");
    assertThat(texts(hit.get("fragments")))
        .anyMatch(fragment -> fragment.contains("<mark>" + marker + "</mark>"));
  }

  /**
   * An admin rebuilds the index from the database: searches keep finding the signed deals while it
   * runs and afterwards, the progress ends DONE with every signed deal, and deals signed after the
   * rebuild go into the new index. Nobody else may start or watch a rebuild.
   */
  @Test
  void adminRebuildsThePrecedentIndexWhileSearchesKeepAnswering() throws InterruptedException {
    String first = uniqueWord();
    String second = uniqueWord();
    String firstDeal = signedDeal(first);
    String secondDeal = signedDeal(second);
    awaitPrecedent("manager", first, firstDeal);
    awaitPrecedent("manager", second, secondDeal);

    assertProblem(api.post("manager", "/api/precedents/rebuild", Map.of()), 403, null);
    assertProblem(api.get("owner", "/api/precedents/rebuild"), 403, null);

    Integer signed =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM deal WHERE stage IN ('SIGNED', 'REJECTED', 'WITHDRAWN')",
            Integer.class);
    Reply started = api.post("admin", "/api/precedents/rebuild", Map.of());
    assertThat(started.status()).as(String.valueOf(started.body())).isEqualTo(202);
    assertThat(started.body().get("state").asText()).isEqualTo("RUNNING");

    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode progress = started.body();
    while (progress.get("state").asText().equals("RUNNING")) {
      assertThat(Instant.now()).as("rebuild still running").isBefore(deadline);
      assertThat(api.searchPrecedents("manager", first).body().findValuesAsText("dealId"))
          .contains(firstDeal);
      Thread.sleep(50);
      Reply polled = api.get("admin", "/api/precedents/rebuild");
      assertThat(polled.status()).isEqualTo(200);
      progress = polled.body();
    }
    assertThat(progress.get("state").asText()).as(progress.toString()).isEqualTo("DONE");
    assertThat(progress.get("total").asInt()).isEqualTo(signed);
    assertThat(progress.get("done").asInt()).isEqualTo(signed);
    assertThat(progress.get("finished").isNull()).isFalse();

    assertThat(api.searchPrecedents("manager", first).body().findValuesAsText("dealId"))
        .contains(firstDeal);
    assertThat(api.searchPrecedents("manager", second).body().findValuesAsText("dealId"))
        .contains(secondDeal);
    String third = uniqueWord();
    String thirdDeal = signedDeal(third);
    awaitPrecedent("manager", third, thirdDeal);
  }

  @Test
  void prohibitedUseIsRejectedAtIntakeWithTheReason() {
    Reply submitted =
        api.submitDeal(
            "owner",
            fullDealJson(
                "Shopper scoring " + uniqueWord(),
                "[\"GENERAL\",\"SOCIAL_SCORING\"]",
                "[\"PERSONAL\"]",
                "API"),
            "contract.md",
            contract(uniqueWord()));
    assertThat(submitted.status()).isEqualTo(201);
    String dealId = submitted.body().get("id").asText();
    assertThat(submitted.body().get("stage").asText()).isEqualTo("REJECTED");
    assertThat(submitted.body().get("rejectionReason").asText()).contains("Social scoring");
    assertThat(submitted.body().get("requiredReviews")).isEmpty();
    assertThat(submitted.body().get("decidedAt").isNull()).isFalse();
    for (String reviewer : REVIEWERS) {
      assertThat(tasksOf(reviewer)).noneMatch(task -> task.get("dealId").asText().equals(dealId));
    }
  }

  @Test
  void personalDataAddsThePrivacyOfficerAndHighRiskUseTheAiRiskCommittee() {
    Reply submitted =
        api.submitDeal(
            "owner",
            fullDealJson(
                "Triage assistant " + uniqueWord(),
                "[\"HEALTH\"]",
                "[\"SPECIAL_CATEGORY\"]",
                "EMBEDDED"),
            "contract.md",
            contract(uniqueWord()));
    assertThat(submitted.status()).isEqualTo(201);
    JsonNode deal = submitted.body();
    String dealId = deal.get("id").asText();
    assertThat(deal.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(deal.get("personalData").asBoolean()).isTrue();
    assertThat(texts(deal.get("requiredReviews")))
        .containsExactly(
            "legal",
            "security-privacy",
            "engineering",
            "product",
            "privacy-officer",
            "ai-risk-committee");
    assertThat(texts(deal.get("residency"))).containsExactly("EU", "DE");
    assertThat(deal.get("termMonths").asInt()).isEqualTo(24);
    assertThat(taskOf("privacy", dealId).get("candidateGroup").asText())
        .isEqualTo("privacy-officer");
    assertThat(taskOf("committee", dealId).get("candidateGroup").asText())
        .isEqualTo("ai-risk-committee");

    JsonNode agents =
        api.submitDeal(
                "owner",
                fullDealJson(
                    "Ops agent " + uniqueWord(),
                    "[\"GENERAL\"]",
                    "[\"BUSINESS_CONFIDENTIAL\"]",
                    "AGENTS"),
                "contract.md",
                contract(uniqueWord()))
            .body();
    assertThat(agents.get("riskTier").asText()).isEqualTo("HIGH");
    assertThat(texts(agents.get("requiredReviews")))
        .contains("ai-risk-committee")
        .doesNotContain("privacy-officer");
  }

  @Test
  void reviewerRejectionEndsTheDealRejectedAndCancelsOpenReviews() {
    String dealId =
        submit("Applicant screening " + uniqueWord(), contract(uniqueWord()))
            .body()
            .get("id")
            .asText();
    JsonNode task = taskOf("legal", dealId);

    Reply withoutReason = api.decide("legal", task.get("id").asText(), "REJECT", "");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.body().get("title").asText()).isEqualTo("Comment required");

    Reply rejected =
        api.decide("legal", task.get("id").asText(), "REJECT", "Vendor trains on our data.");
    assertThat(rejected.status()).isEqualTo(200);
    JsonNode deal = api.get("owner", "/api/deals/" + dealId).body();
    assertThat(deal.get("stage").asText()).isEqualTo("REJECTED");
    assertThat(statuses(deal))
        .containsExactly("REJECTED", "CANCELLED", "CANCELLED", "CANCELLED", "CANCELLED");
    assertThat(tasksOf("engineering"))
        .noneMatch(open -> open.get("dealId").asText().equals(dealId));
  }

  @Test
  void decisionOnAnotherGroupsTaskIsForbiddenAndASecondDecisionConflicts() {
    String dealId =
        submit("Code assistant " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    String legalTask = taskOf("legal", dealId).get("id").asText();

    Reply foreign = api.decide("engineering", legalTask, "APPROVE", "not mine");
    assertThat(foreign.status()).isEqualTo(403);
    assertThat(foreign.headers().getContentType()).hasToString("application/problem+json");
    Reply owners = api.decide("owner", legalTask, "APPROVE", "my own deal");
    assertThat(owners.status()).isEqualTo(403);

    assertThat(approveReview("legal", legalTask).status()).isEqualTo(200);
    Reply again = api.decide("legal", legalTask, "APPROVE", "fine again");
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("detail").asText()).contains("already been decided");
    assertThat(api.decide("legal", "no-such-task", "APPROVE", "x").status()).isEqualTo(404);
  }

  /**
   * How many contests {@link #twoReviewersDecidingOneTaskAtOnceLeaveExactlyOneWinnerEveryTime}
   * runs: 300 on the production database, fewer where a subclass says so.
   */
  int contests() {
    return 300;
  }

  /**
   * The second member of each standard review group (ui/src/test/resources/config), so that two
   * people entitled to a task decide it at the same moment.
   */
  static final Map<String, String> SECOND_REVIEWER =
      Map.of(
          "legal", "legal-2",
          "security", "security-2",
          "engineering", "engineering-2",
          "product", "product-2");

  @Test
  void twoReviewersDecidingOneTaskAtOnceLeaveExactlyOneWinnerEveryTime() throws Exception {
    Map<String, Integer> conflictTitles = new java.util.TreeMap<>();
    int contests = 0;
    ExecutorService pool = Executors.newFixedThreadPool(2 * REVIEWERS.size());
    try {
      while (contests < contests()) {
        String dealId =
            submit("Contested " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
        List<String> groups =
            REVIEWERS.subList(0, Math.min(REVIEWERS.size(), contests() - contests));
        Map<String, String> taskIds = new java.util.LinkedHashMap<>();
        for (String reviewer : groups) {
          String taskId = taskOf(reviewer, dealId).get("id").asText();
          assertThat(api.answerAllSatisfied(reviewer, taskId).status()).isEqualTo(200);
          taskIds.put(reviewer, taskId);
        }
        // Every group's task is contested at once by its two members: the first approves, the
        // second approves with a condition, so the recorded sign-off tells who won.
        CountDownLatch start = new CountDownLatch(1);
        Map<String, List<Future<Reply>>> answers = new java.util.LinkedHashMap<>();
        taskIds.forEach(
            (reviewer, taskId) -> {
              Map<String, Object> second =
                  Map.of(
                      "outcome", "APPROVE_WITH_CONDITIONS",
                      "comment", "second reviewer",
                      "conditions", List.of("Condition of " + SECOND_REVIEWER.get(reviewer)));
              answers.put(
                  reviewer,
                  List.of(
                      pool.submit(
                          () -> {
                            start.await();
                            return api.decide(reviewer, taskId, "APPROVE", "first reviewer");
                          }),
                      pool.submit(
                          () -> {
                            start.await();
                            return api.decide(SECOND_REVIEWER.get(reviewer), taskId, second);
                          })));
            });
        start.countDown();

        Map<String, List<Reply>> replies = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<Future<Reply>>> contest : answers.entrySet()) {
          List<Reply> both = new ArrayList<>();
          for (Future<Reply> answer : contest.getValue()) {
            both.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
          }
          replies.put(contest.getKey(), both);
        }
        JsonNode deal = api.get("owner", "/api/deals/" + dealId).body();
        List<JsonNode> trail = audit().entries("owner", dealId);
        for (Map.Entry<String, List<Reply>> contest : replies.entrySet()) {
          String reviewer = contest.getKey();
          String taskId = taskIds.get(reviewer);
          Reply first = contest.getValue().get(0);
          Reply second = contest.getValue().get(1);
          assertThat(List.of(first.status(), second.status()))
              .as("contest %d on task %s: %s / %s", contests + 1, taskId, first, second)
              .containsExactlyInAnyOrder(200, 409);
          Reply loser = first.status() == 409 ? first : second;
          assertThat(loser.headers().getContentType()).hasToString("application/problem+json");
          assertThat(loser.body().get("detail").asText()).contains(taskId);
          conflictTitles.merge(loser.body().get("title").asText(), 1, Integer::sum);

          String winner = first.status() == 200 ? reviewer : SECOND_REVIEWER.get(reviewer);
          JsonNode signOff = signOff(deal, groupOf(reviewer), "REVIEW");
          assertThat(signOff.get("decidedBy").asText()).isEqualTo(winner);
          assertThat(signOff.get("status").asText())
              .isEqualTo(winner.equals(reviewer) ? "APPROVED" : "APPROVED_WITH_CONDITIONS");
          assertThat(
                  trail.stream()
                      .filter(AuditTrails.action("task.completed"))
                      .filter(entry -> entry.get("subject").asText().equals(taskId)))
              .hasSize(1);
          contests++;
        }
        assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        "contested-decisions: contests=%d winners=%d conflicts=%d titles=%s%n",
        contests, contests, contests, conflictTitles);
  }

  /**
   * Both members of every group reach for their group's new task at the same moment, over several
   * deals: one claim wins, the other is refused with 409 naming the winner; a claim made after the
   * winner's has committed is refused the same way (without a transaction of its own, from what
   * committed), the winner's own repeated claim succeeds, and the trail records one claim per task.
   */
  @Test
  void groupMembersClaimingOneTaskAtOnceLeaveOneAssigneeEveryTime() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2 * REVIEWERS.size());
    int contests = 0;
    try {
      for (int round = 0; round < 5; round++) {
        String dealId =
            submit("Claimed " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
        Map<String, String> taskIds = new java.util.LinkedHashMap<>();
        for (String reviewer : REVIEWERS) {
          taskIds.put(reviewer, taskOf(reviewer, dealId).get("id").asText());
        }
        CountDownLatch start = new CountDownLatch(1);
        Map<String, List<Future<Reply>>> claims = new java.util.LinkedHashMap<>();
        taskIds.forEach(
            (reviewer, taskId) -> {
              String path = "/api/tasks/" + taskId + "/claim";
              String second = SECOND_REVIEWER.get(reviewer);
              claims.put(
                  reviewer,
                  List.of(
                      pool.submit(
                          () -> {
                            start.await();
                            return api.post(reviewer, path, Map.of());
                          }),
                      pool.submit(
                          () -> {
                            start.await();
                            return api.post(second, path, Map.of());
                          })));
            });
        start.countDown();

        for (Map.Entry<String, List<Future<Reply>>> contest : claims.entrySet()) {
          String reviewer = contest.getKey();
          String second = SECOND_REVIEWER.get(reviewer);
          String taskId = taskIds.get(reviewer);
          Reply first = contest.getValue().get(0).get(60, java.util.concurrent.TimeUnit.SECONDS);
          Reply other = contest.getValue().get(1).get(60, java.util.concurrent.TimeUnit.SECONDS);
          assertThat(List.of(first.status(), other.status()))
              .as("claims of task %s: %s / %s", taskId, first, other)
              .containsExactlyInAnyOrder(200, 409);
          String winner = first.status() == 200 ? reviewer : second;
          String loser = winner.equals(reviewer) ? second : reviewer;
          Reply refused = first.status() == 409 ? first : other;
          assertProblem(refused, 409, "Task claimed by someone else");
          assertThat(refused.body().get("detail").asText()).contains(taskId).contains(winner);
          assertThat(taskOf(winner, dealId).get("assignee").asText()).isEqualTo(winner);

          String path = "/api/tasks/" + taskId + "/claim";
          Reply late = api.post(loser, path, Map.of());
          assertProblem(late, 409, "Task claimed by someone else");
          assertThat(late.body().get("detail").asText()).contains(winner);
          assertThat(api.post(winner, path, Map.of()).status()).isEqualTo(200);

          List<JsonNode> trail = audit().entries("owner", dealId);
          assertThat(
                  trail.stream()
                      .filter(AuditTrails.action("task.claimed"))
                      .filter(entry -> entry.get("subject").asText().equals(taskId)))
              .as("claims of task %s in the trail", taskId)
              .hasSize(1);
          contests++;
        }
        assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(contests).isEqualTo(5 * REVIEWERS.size());
  }

  /** The group of a standard reviewer's review sign-off. */
  private static String groupOf(String reviewer) {
    return reviewer.equals("security") ? "security-privacy" : reviewer;
  }

  @Test
  void parallelDecisionsOnDifferentTasksOfOneDealAllSucceed() throws Exception {
    String dealId =
        submit("Parallel " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    List<String> taskIds =
        REVIEWERS.stream().map(reviewer -> taskOf(reviewer, dealId).get("id").asText()).toList();
    for (int i = 0; i < REVIEWERS.size(); i++) {
      assertThat(api.answerAllSatisfied(REVIEWERS.get(i), taskIds.get(i)).status()).isEqualTo(200);
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(REVIEWERS.size());
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < REVIEWERS.size(); i++) {
        String reviewer = REVIEWERS.get(i);
        String taskId = taskIds.get(i);
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.decide(reviewer, taskId, "APPROVE", "parallel").status();
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(api.get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("PRE_SIGNOFF");
    List<JsonNode> trail = audit().entries("owner", dealId);
    assertThat(trail.stream().filter(AuditTrails.action("task.completed"))).hasSize(4);
    assertThat(trail.stream().map(entry -> entry.get("sequence").asLong()))
        .containsExactlyElementsOf(
            java.util.stream.LongStream.rangeClosed(1, trail.size()).boxed().toList());
    assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();
  }

  @Test
  void badContractFilesAreRefusedWithProblemsAndNothingIsStored() {
    int before = api.get("manager", "/api/deals").body().size();
    assertProblem(submit("Empty " + uniqueWord(), new byte[0]), 400, "Empty contract file");
    assertProblem(
        api.submitDeal("owner", dealJson("Picture"), "contract.pdf", png()),
        415,
        "Unsupported contract file type");
    assertProblem(
        api.submitDeal("owner", dealJson("Broken"), "contract.pdf", brokenPdf()),
        422,
        "Unreadable contract file");
    assertProblem(
        api.submitDeal("owner", dealJson("Huge"), "contract.txt", new byte[21 * 1024 * 1024]),
        413,
        null);
    assertProblem(
        api.submitDeal("owner", "{\"title\":\"No vendor\"}", "c.txt", contract("x")),
        400,
        "Invalid deal sheet");
    assertProblem(
        api.submitDeal("owner", "{not json", "c.txt", contract("x")), 400, "Invalid deal sheet");
    assertProblem(
        api.submitDeal(
            "owner",
            dealJson("Bad hosting").replace("VENDOR_SAAS", "MOON_BASE"),
            "c.txt",
            contract("x")),
        400,
        "Invalid deal sheet");
    assertProblem(
        api.submitDeal(
            "owner",
            fullDealJson("Bad domain", "[\"ASTROLOGY\"]", "[]", "API"),
            "c.txt",
            contract("x")),
        400,
        "Invalid deal sheet");
    assertProblem(
        api.submitDeal(
            "owner",
            fullDealJson("Bad region", "[]", "[]", "API").replace("\"eu\"", "\"../etc\""),
            "c.txt",
            contract("x")),
        400,
        "Invalid deal sheet");
    assertThat(api.get("manager", "/api/deals").body().size()).isEqualTo(before);
  }

  @Test
  void onlyDealOwnersSubmitAndEveryApiCallNeedsAToken() {
    assertProblem(
        api.submitDeal("legal", dealJson("Not mine"), "c.md", contract("x")), 403, "Forbidden");
    Reply anonymous = api.getAnonymous("/api/deals");
    assertThat(anonymous.status()).isEqualTo(401);
    assertThat(anonymous.headers().getFirst("WWW-Authenticate")).startsWith("Bearer");
    assertThat(api.get("owner", "/api/deals/" + java.util.UUID.randomUUID()).status())
        .isEqualTo(404);
    assertThat(api.get("owner", "/api/deals/not-a-uuid").status()).isEqualTo(400);
  }

  @Test
  void precedentSearchExplainsABadQuery() {
    assertProblem(api.searchPrecedents("legal", "title:("), 400, "Invalid input");
    Reply unknownFacet = api.searchPrecedents("legal", Map.of("facet", List.of("COLOUR:red")));
    assertProblem(unknownFacet, 400, "Invalid search");
    assertThat(unknownFacet.body().get("detail").asText()).contains("COLOUR", "OUTCOME");
    assertProblem(
        api.searchPrecedents("legal", Map.of("range", List.of("UPTIME_PERCENT:high:"))),
        400,
        "Invalid search");
    assertProblem(
        api.searchPrecedents("legal", Map.of("range", List.of("UPTIME_PERCENT:99.9:99"))),
        400,
        "Invalid search");
    assertProblem(
        api.searchPrecedents("legal", Map.of("range", List.of("TRAINING_USE::"))),
        400,
        "Invalid search");
    assertProblem(
        api.searchPrecedents("legal", Map.of("sort", List.of("cheapest"))), 400, "Invalid search");
    assertProblem(
        api.searchPrecedents("legal", Map.of("granularity", List.of("page"))),
        400,
        "Invalid search");
    assertProblem(
        api.searchPrecedents("legal", Map.of("histogram", List.of("ESCROW"))),
        400,
        "Invalid search");
  }

  @Test
  void openApiDocumentDescribesTheEndpoints() {
    Reply document = api.getAnonymous("/v3/api-docs");
    assertThat(document.status()).isEqualTo(200);
    assertThat(fieldNames(document.body().get("paths")))
        .contains(
            "/api/deals",
            "/api/deals/{dealId}",
            "/api/tasks",
            "/api/tasks/{taskId}/decision",
            "/api/precedents",
            "/api/precedents/export.csv",
            "/api/precedents/similar-clauses",
            "/api/precedents/similar-deals",
            "/api/deals/{dealId}/withdraw",
            "/api/deals/{dealId}/contract/compare",
            "/api/deals/{dealId}/contract/versions",
            "/api/deals/{dealId}/contract/versions/{version}/clauses");
    assertThat(
            document
                .body()
                .at("/paths/~1api~1deals~1{dealId}~1contract~1versions/post/summary")
                .asText())
        .contains("Upload a new version");
  }

  // --- review rounds: checklists, conditions, revisions, assignments, deadlines ---

  @Test
  void approvalIsRefusedWhileTheChecklistHasGapsAndConditionsAreRecorded() {
    String dealId =
        submit("Checklist " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    String taskId = taskOf("legal", dealId).get("id").asText();
    List<String> items = api.checklistItems("legal", taskId);
    assertThat(items).isNotEmpty().allMatch(item -> !item.isBlank());

    assertProblem(api.decide("legal", taskId, "APPROVE", "too early"), 422, "Checklist incomplete");
    assertThat(
            api.answer("legal", taskId, items.subList(0, items.size() - 1), "SATISFIED").status())
        .isEqualTo(200);
    Reply oneMissing = api.decide("legal", taskId, "APPROVE", "almost");
    assertProblem(oneMissing, 422, "Checklist incomplete");
    assertThat(oneMissing.body().get("detail").asText()).contains(items.get(items.size() - 1));

    String unsatisfied = items.get(0);
    Reply checklist =
        api.answer("legal", taskId, List.of(items.get(items.size() - 1)), "SATISFIED");
    assertThat(checklist.body().at("/gaps/unanswered")).isEmpty();
    assertThat(
            api.answer("legal", taskId, List.of(unsatisfied), "NOT_SATISFIED")
                .body()
                .at("/gaps/notSatisfied"))
        .hasSize(1);
    assertProblem(api.decide("legal", taskId, "APPROVE", "not yet"), 422, "Checklist incomplete");
    assertProblem(
        api.decide("legal", taskId, Map.of("outcome", "APPROVE_WITH_CONDITIONS", "comment", "ok")),
        400,
        "Invalid decision");
    assertProblem(
        api.put(
            "legal",
            "/api/tasks/" + taskId + "/checklist",
            Map.of("answers", List.of(Map.of("itemId", "no-such-item", "answer", "SATISFIED")))),
        400,
        "Invalid input");

    Reply conditional =
        api.decide(
            "legal",
            taskId,
            Map.of(
                "outcome", "APPROVE_WITH_CONDITIONS",
                "comment", "Acceptable with two conditions.",
                "conditions",
                    List.of("Raise the cap to 24 months of fees", "Add a 48-hour breach notice")));
    assertThat(conditional.status()).as(String.valueOf(conditional.body())).isEqualTo(200);
    JsonNode legal = signOff(api.get("owner", "/api/deals/" + dealId).body(), "legal", "REVIEW");
    assertThat(legal.get("status").asText()).isEqualTo("APPROVED_WITH_CONDITIONS");
    assertThat(texts(legal.get("conditions")))
        .containsExactly("Raise the cap to 24 months of fees", "Add a 48-hour breach notice");
  }

  @Test
  void approvalCarriesOverWhenTheRevisionLeavesItsSectionsUntouched() {
    String dealId =
        submit("Carry-over " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    requestChangesAndApproveTheRest(dealId, "legal");
    JsonNode waiting = api.get("owner", "/api/deals/" + dealId).body();
    assertThat(waiting.get("stage").asText()).isEqualTo("CHANGES_REQUESTED");
    assertThat(signOff(waiting, "legal", "REVIEW").get("status").asText())
        .isEqualTo("CHANGES_REQUESTED");

    JsonNode revision = taskOf("owner", dealId);
    assertThat(revision.get("kind").asText()).isEqualTo("REVISION");
    assertThat(api.decide("legal", revision.get("id").asText(), "APPROVE", "not mine").status())
        .isEqualTo(403);
    Reply revised =
        api.submitRevision(
            "owner",
            revision.get("id").asText(),
            "v2.md",
            roundsContract("99.5%", "twenty-four"),
            "Cap raised to twenty-four months.");
    assertThat(revised.status()).as(String.valueOf(revised.body())).isEqualTo(200);

    JsonNode round2 = api.get("owner", "/api/deals/" + dealId).body();
    assertThat(round2.get("stage").asText()).isEqualTo("IN_REVIEW");
    assertThat(round2.get("reviewRound").asInt()).isEqualTo(2);
    assertThat(round2.at("/contract/version").asInt()).isEqualTo(2);
    JsonNode versions = api.get("legal", "/api/deals/" + dealId + "/contract/versions").body();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(0).get("version").asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("uploadedBy").asText()).isEqualTo("owner");
    assertThat(versions.get(0).get("sha256").asText())
        .isNotEqualTo(versions.get(1).get("sha256").asText());
    Reply first = api.get("legal", "/api/deals/" + dealId + "/contract/versions/1");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.headers().getContentDisposition().isAttachment()).isTrue();
    assertThat(first.body().asText())
        .isEqualTo(new String(roundsContract("99.5%", "twelve"), StandardCharsets.UTF_8));
    assertThat(api.get("legal", "/api/deals/" + dealId + "/contract/versions/3").status())
        .isEqualTo(404);
    assertThat(signOff(round2, "legal", "REVIEW").get("status").asText()).isEqualTo("PENDING");
    for (String carried : List.of("security-privacy", "engineering", "product")) {
      assertThat(signOff(round2, carried, "REVIEW").get("status").asText())
          .as(carried)
          .isEqualTo("APPROVED");
    }
    assertThat(tasksOf("engineering"))
        .noneMatch(task -> task.get("dealId").asText().equals(dealId));
    assertThat(approveReview("legal", taskOf("legal", dealId).get("id").asText()).status())
        .isEqualTo(200);
    assertThat(api.get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("PRE_SIGNOFF");
    assertThat(timelineSteps(dealId))
        .contains("CHANGES_REQUESTED", "REVISION_UPLOADED", "REOPENED", "PRE_SIGNOFF_STARTED");
  }

  @Test
  void approvalIsResetWhenTheRevisionChangesClausesItsChecklistCovers() {
    String dealId =
        submit("Reset " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    requestChangesAndApproveTheRest(dealId, "legal");
    String revision = taskOf("owner", dealId).get("id").asText();
    assertThat(
            api.submitRevision(
                    "owner",
                    revision,
                    "v2.md",
                    roundsContract("99.9%", "twenty-four"),
                    "Both changed.")
                .status())
        .isEqualTo(200);

    JsonNode round2 = api.get("owner", "/api/deals/" + dealId).body();
    JsonNode engineering = signOff(round2, "engineering", "REVIEW");
    assertThat(engineering.get("status").asText()).isEqualTo("PENDING");
    assertThat(engineering.get("note").asText()).contains("7.1");
    assertThat(signOff(round2, "legal", "REVIEW").get("status").asText()).isEqualTo("PENDING");
    assertThat(signOff(round2, "product", "REVIEW").get("status").asText()).isEqualTo("APPROVED");
    JsonNode engineeringTask = taskOf("engineering", dealId);
    assertThat(engineeringTask.get("kind").asText()).isEqualTo("REVIEW");

    JsonNode recheck =
        api.get("engineering", "/api/tasks/" + engineeringTask.get("id").asText() + "/checklist")
            .body();
    List<String> unanswered = new ArrayList<>();
    recheck.at("/gaps/unanswered").forEach(item -> unanswered.add(item.get("id").asText()));
    assertThat(unanswered).isNotEmpty().allMatch(item -> item.startsWith("system-sla."));
    assertThat(fieldNames(recheck.get("answers")))
        .isNotEmpty()
        .noneMatch(item -> item.startsWith("system-sla."));
  }

  // --- contract versions: redline, clauses, upload ---

  @Test
  void revisedContractComparesWithItsFirstVersionClauseByClauseAndWordByWord() {
    String dealId =
        submit("Redline " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    requestChangesAndApproveTheRest(dealId, "legal");
    Reply revised =
        api.submitRevision(
            "owner",
            taskOf("owner", dealId).get("id").asText(),
            "v2.md",
            redlineRevision(),
            "Cap raised; breach notice added.");
    assertThat(revised.status()).as(String.valueOf(revised.body())).isEqualTo(200);

    Reply compared = api.get("legal", "/api/deals/" + dealId + "/contract/compare?from=1&to=2");

    assertThat(compared.status()).as(String.valueOf(compared.body())).isEqualTo(200);
    JsonNode diff = compared.body();
    assertThat(diff.at("/from/version").asInt()).isEqualTo(1);
    assertThat(diff.at("/to/version").asInt()).isEqualTo(2);
    assertThat(diff.at("/to/fileName").asText()).isEqualTo("v2.md");
    assertThat(diff.at("/summary/added").asInt()).isEqualTo(2);
    assertThat(diff.at("/summary/changed").asInt()).isEqualTo(1);
    assertThat(diff.at("/summary/renumbered").asInt()).isEqualTo(2);
    assertThat(diff.at("/summary/moved").asInt()).isZero();
    assertThat(
            StreamSupport.stream(diff.get("clauses").spliterator(), false)
                .map(
                    clause -> clause.get("newLabel").asText() + " " + clause.get("status").asText())
                .toList())
        .containsExactly(
            "preamble UNCHANGED",
            "7 Service levels UNCHANGED",
            "7.1 Uptime UNCHANGED",
            "8 Data protection ADDED",
            "8.1 Breach notice ADDED",
            "13 Liability RENUMBERED",
            "13.1 Cap CHANGED");
    JsonNode cap = diff.get("clauses").get(6);
    assertThat(cap.get("oldLabel").asText()).isEqualTo("12.1 Cap");
    assertThat(cap.get("renumbered").asBoolean()).isTrue();
    assertThat(segments(cap, "DELETED")).containsExactly("twelve");
    assertThat(segments(cap, "INSERTED")).containsExactly("twenty-four");
    assertThat(segments(cap, "EQUAL").get(0)).startsWith("Cap. Each party's");

    JsonNode reversed =
        api.get("owner", "/api/deals/" + dealId + "/contract/compare?from=2&to=1").body();
    assertThat(reversed.at("/summary/removed").asInt()).isEqualTo(2);
    assertThat(reversed.get("clauses").get(3).get("status").asText()).isEqualTo("REMOVED");
    assertThat(segments(reversed.get("clauses").get(6), "INSERTED")).containsExactly("twelve");

    String compare = "/api/deals/" + dealId + "/contract/compare";
    assertProblem(api.get("legal", compare + "?from=0&to=2"), 400, "Invalid version");
    assertProblem(api.get("legal", compare + "?from=one&to=2"), 400, null);
    assertProblem(api.get("legal", compare + "?from=1"), 400, null);
    assertProblem(api.get("legal", compare + "?from=1&to=3"), 404, "Not found");
    assertProblem(api.get("privacy", compare + "?from=1&to=2"), 404, "Deal not found");
    assertProblem(
        api.get(
            "legal", "/api/deals/" + java.util.UUID.randomUUID() + "/contract/compare?from=1&to=2"),
        404,
        "Deal not found");
  }

  @Test
  void clausesOfAVersionGiveNumbersHeadingsAndOffsetsIntoItsText() {
    String dealId =
        submit("Clauses " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    String text = api.get("legal", "/api/deals/" + dealId + "/contract/text").body().asText();

    Reply clauses = api.get("legal", "/api/deals/" + dealId + "/contract/versions/1/clauses");

    assertThat(clauses.status()).as(String.valueOf(clauses.body())).isEqualTo(200);
    assertThat(
            StreamSupport.stream(clauses.body().spliterator(), false)
                .map(clause -> clause.get("number").asText() + "|" + clause.get("label").asText())
                .toList())
        .containsExactly(
            "|preamble",
            "7|7 Service levels",
            "7.1|7.1 Uptime",
            "12|12 Liability",
            "12.1|12.1 Cap");
    JsonNode cap = clauses.body().get(4);
    assertThat(cap.get("heading").asText()).isEqualTo("Cap");
    assertThat(text.substring(cap.get("start").asInt(), cap.get("end").asInt()))
        .startsWith("12.1 Cap. Each party's")
        .endsWith("capped at twelve months.");
    String versions = "/api/deals/" + dealId + "/contract/versions/";
    assertProblem(api.get("legal", versions + "2/clauses"), 404, "Not found");
    assertProblem(api.get("legal", versions + "0/clauses"), 400, "Invalid version");
    assertProblem(api.get("committee", versions + "1/clauses"), 404, "Deal not found");
    assertThat(api.get("legal", versions + "1/text").body().asText()).isEqualTo(text);
    assertProblem(api.get("legal", versions + "2/text"), 404, "Not found");
    assertProblem(api.get("committee", versions + "1/text"), 404, "Deal not found");
  }

  @Test
  void ownerUploadsANewVersionOnlyWhileTheDealWaitsForTheRevision() {
    String dealId =
        submit("Upload " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    byte[] revision = roundsContract("99.5%", "twenty-four");
    Reply tooEarly = api.uploadVersion("owner", dealId, "v2.md", revision, null);
    assertProblem(tooEarly, 409, "Not waiting for a revision");
    assertThat(tooEarly.body().get("detail").asText())
        .contains("only while the deal waits for its owner's revision")
        .contains("In review");

    requestChangesAndApproveTheRest(dealId, "legal");
    assertProblem(
        api.uploadVersion("legal", dealId, "v2.md", revision, null), 403, "Not the deal owner");
    assertProblem(
        api.uploadVersion("privacy", dealId, "v2.md", revision, null), 404, "Deal not found");
    assertProblem(
        api.uploadVersion("owner", java.util.UUID.randomUUID().toString(), "v2.md", revision, null),
        404,
        "Deal not found");
    assertProblem(
        api.uploadVersion("owner", dealId, "v2.md", new byte[0], null), 400, "Empty contract file");
    assertProblem(
        api.uploadVersion("owner", dealId, "v2.pdf", png(), null),
        415,
        "Unsupported contract file type");
    assertProblem(
        api.uploadVersion("owner", dealId, "v2.pdf", brokenPdf(), null),
        422,
        "Unreadable contract file");
    assertThat(api.get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("CHANGES_REQUESTED");

    Reply uploaded =
        api.uploadVersion("owner", dealId, "v2.md", revision, "Cap raised to twenty-four months.");

    assertThat(uploaded.status()).as(String.valueOf(uploaded.body())).isEqualTo(201);
    assertThat(uploaded.body().get("version").asInt()).isEqualTo(2);
    assertThat(uploaded.body().get("uploadedBy").asText()).isEqualTo("owner");
    assertThat(uploaded.headers().getLocation())
        .hasToString("/api/deals/" + dealId + "/contract/versions/2");
    JsonNode deal = api.get("owner", "/api/deals/" + dealId).body();
    assertThat(deal.get("stage").asText()).isEqualTo("IN_REVIEW");
    assertThat(deal.get("reviewRound").asInt()).isEqualTo(2);
    assertThat(signOff(deal, "legal", "REVIEW").get("status").asText()).isEqualTo("PENDING");
    assertThat(tasksOf("owner")).noneMatch(task -> task.get("dealId").asText().equals(dealId));
    assertThat(
            StreamSupport.stream(
                    api.get("owner", "/api/deals/" + dealId + "/timeline").body().spliterator(),
                    false)
                .filter(entry -> entry.get("what").asText().equals("REVISION_UPLOADED"))
                .map(entry -> entry.get("text").asText())
                .toList())
        .containsExactly("Version 2: Cap raised to twenty-four months.");
    assertThat(api.get("legal", uploaded.headers().getLocation().toString()).body().asText())
        .isEqualTo(new String(revision, StandardCharsets.UTF_8));
    assertProblem(
        api.uploadVersion("owner", dealId, "v3.md", revision, null),
        409,
        "Not waiting for a revision");
  }

  /** The rounds contract with a clause 8 inserted, liability renumbered and its cap raised. */
  static byte[] redlineRevision() {
    return new String(roundsContract("99.5%", "twenty-four"), StandardCharsets.UTF_8)
        .replace("## 12. Liability", "## 13. Liability")
        .replace("12.1 Cap", "13.1 Cap")
        .replace(
            "## 13. Liability",
            "## 8. Data protection\n\n8.1 Breach notice. The Vendor reports personal data"
                + " breaches within 48 hours.\n\n## 13. Liability")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The texts of a compared clause's segments of one kind. */
  static List<String> segments(JsonNode clause, String kind) {
    return StreamSupport.stream(clause.get("segments").spliterator(), false)
        .filter(segment -> segment.get("kind").asText().equals(kind))
        .map(segment -> segment.get("text").asText())
        .toList();
  }

  @Test
  void tasksMoveOnlyWithinTheirGroup() {
    String dealId =
        submit("Assignment " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    String taskId = taskOf("legal", dealId).get("id").asText();
    assertThat(
            api.post("legal", "/api/tasks/" + taskId + "/claim", Map.of())
                .body()
                .get("assignee")
                .asText())
        .isEqualTo("legal");

    assertProblem(
        api.post("legal", "/api/tasks/" + taskId + "/assignee", Map.of("user", "engineering")),
        403,
        "Outside the task's group");
    assertProblem(
        api.post("manager", "/api/tasks/" + taskId + "/assignee", Map.of("user", "product")),
        403,
        "Outside the task's group");
    assertProblem(
        api.post("engineering", "/api/tasks/" + taskId + "/unclaim", Map.of()),
        403,
        "Not your task");
    assertThat(api.post("legal", "/api/tasks/" + taskId + "/unclaim", Map.of()).status())
        .isEqualTo(204);
    assertThat(taskOf("legal", dealId).get("assignee").isNull()).isTrue();
    assertThat(
            api.post("manager", "/api/tasks/" + taskId + "/assignee", Map.of("user", "legal"))
                .status())
        .isEqualTo(204);
    assertThat(taskOf("legal", dealId).get("assignee").asText()).isEqualTo("legal");
  }

  @Test
  void reviewTasksAreDueInThreeBusinessDays() {
    Instant before = Instant.now();
    String dealId =
        submit("Deadline " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    Instant due = Instant.parse(taskOf("product", dealId).get("due").asText());
    assertThat(due)
        .isAfter(before.plus(Duration.ofDays(3)).minusSeconds(60))
        .isBefore(before.plus(Duration.ofDays(5)).plusSeconds(60));
    assertThat(taskOf("product", dealId).get("overdue").asBoolean()).isFalse();
  }

  @Override
  public void requestChangesAndApproveTheRest(String dealId, String requester) {
    Reply noComment =
        api.decide(requester, taskOf(requester, dealId).get("id").asText(), "REQUEST_CHANGES", "");
    assertProblem(noComment, 400, "Comment required");
    assertThat(
            api.decide(
                    requester,
                    taskOf(requester, dealId).get("id").asText(),
                    "REQUEST_CHANGES",
                    "Raise the liability cap.")
                .status())
        .isEqualTo(200);
    for (String reviewer : REVIEWERS) {
      if (!reviewer.equals(requester)) {
        assertThat(approveReview(reviewer, taskOf(reviewer, dealId).get("id").asText()).status())
            .isEqualTo(200);
      }
    }
  }

  /**
   * A contract whose uptime clause belongs to engineering and whose cap clause belongs to legal.
   */
  static byte[] roundsContract(String uptime, String capMonths) {
    return ("# AI Services Agreement\n\n## 7. Service levels\n\n7.1 Uptime. The Vendor keeps the service up "
            + uptime
            + " of each month.\n\n## 12. Liability\n\n12.1 Cap. Each party's aggregate liability is capped at "
            + capMonths
            + " months.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode signOff(JsonNode deal, String group, String kind) {
    for (JsonNode signOff : deal.get("signOffs")) {
      if (signOff.get("group").asText().equals(group)
          && signOff.get("kind").asText().equals(kind)) {
        return signOff;
      }
    }
    throw new AssertionError("No " + kind + " sign-off of " + group + " in " + deal);
  }

  @Override
  public List<String> timelineSteps(String dealId) {
    return StreamSupport.stream(
            api.get("owner", "/api/deals/" + dealId + "/timeline").body().spliterator(), false)
        .map(entry -> entry.get("what").asText())
        .toList();
  }

  // --- audit trail: every change hash-chained per deal; list, verify, export ---

  @Test
  void auditTrailListsTheWholeReviewInOrderAndDetectsATamperedOrMissingEntry() {
    String dealId = signedDeal(uniqueWord());
    List<JsonNode> entries = audit().entries("owner", dealId);
    List<String> actions = entries.stream().map(entry -> entry.get("action").asText()).toList();
    assertThat(actions)
        .containsSubsequence(
            "contract.version-uploaded",
            "deal.submitted",
            "deal.routed",
            "task.created",
            "checklist.answered",
            "task.claimed",
            "task.completed",
            "deal.pre-signoff-started",
            "task.created",
            "task.claimed",
            "task.completed",
            "deal.final-approval-started",
            "task.created",
            "task.claimed",
            "task.completed",
            "deal.signed");
    assertThat(actions.stream().filter("task.created"::equals)).hasSize(9);
    assertThat(actions.stream().filter("task.completed"::equals)).hasSize(9);
    assertThat(actions.get(actions.size() - 1)).isEqualTo("deal.signed");
    String previous = "0".repeat(64);
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      assertThat(entry.get("sequence").asLong()).isEqualTo(i + 1);
      assertThat(entry.get("previousHash").asText()).isEqualTo(previous);
      assertThat(entry.get("hash").asText()).matches("[0-9a-f]{64}");
      previous = entry.get("hash").asText();
    }
    JsonNode submitted = AuditTrails.first(entries, AuditTrails.action("deal.submitted"));
    assertThat(submitted.get("actor").asText()).isEqualTo("owner");
    assertThat(submitted.at("/details/vendor").asText()).isEqualTo("Northwind AI");
    JsonNode routed = AuditTrails.first(entries, AuditTrails.action("deal.routed"));
    assertThat(routed.get("actor").asText()).isEqualTo("system");
    assertThat(routed.at("/details/riskTier").asText()).isEqualTo("LOW");
    JsonNode legalTaskCreated =
        AuditTrails.first(
            entries,
            entry ->
                entry.get("action").asText().equals("task.created")
                    && entry.at("/details/candidateGroup").asText().equals("legal"));
    assertThat(legalTaskCreated.at("/details/round").asText()).isEqualTo("1");
    JsonNode legalDecision =
        AuditTrails.first(
            entries,
            entry ->
                entry.get("action").asText().equals("task.completed")
                    && entry.get("actor").asText().equals("legal"));
    assertThat(legalDecision.get("subject").asText())
        .isEqualTo(legalTaskCreated.get("subject").asText());
    assertThat(legalDecision.at("/details/outcome").asText()).isEqualTo("APPROVE");
    assertThat(legalDecision.at("/details/comment").asText()).isEqualTo("Looks fine to legal");
    // One entry per answering request, naming every item answered in it.
    assertThat(actions.stream().filter("checklist.answered"::equals)).hasSize(REVIEWERS.size());
    JsonNode answered =
        AuditTrails.first(
            entries,
            entry ->
                entry.get("action").asText().equals("checklist.answered")
                    && entry.get("subject").asText().equals("legal"));
    assertThat(answered.get("actor").asText()).isEqualTo("legal");
    assertThat(answered.at("/details/group").asText()).isEqualTo("legal");
    int items = answered.at("/details/items").asInt();
    assertThat(items).isPositive();
    List<String> itemIds = new ArrayList<>();
    answered
        .get("details")
        .fields()
        .forEachRemaining(
            detail -> {
              if (detail.getValue().asText().equals("SATISFIED")) {
                itemIds.add(detail.getKey());
              }
            });
    assertThat(itemIds).hasSize(items);
    for (String item : itemIds) {
      assertThat(answered.at("/details").get(item + " note").asText()).isEqualTo("checked");
      assertThat(answered.at("/details").get(item + " clauses").asText()).isEqualTo("12.1");
    }

    assertThat(audit().verify("legal", dealId).toString())
        .isEqualTo("{\"intact\":true,\"entries\":" + entries.size() + "}");

    long tampered = legalDecision.get("sequence").asLong();
    String original = audit().storedDetails(dealId, tampered);
    audit().setStored(dealId, tampered, "details", original.replace("APPROVE", "REJECT"));
    JsonNode broken = audit().verify("manager", dealId);
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.at("/firstBroken/sequence").asLong()).isEqualTo(tampered);
    assertThat(broken.at("/firstBroken/id").asText()).isEqualTo(legalDecision.get("id").asText());
    assertThat(broken.at("/firstBroken/reason").asText()).isEqualTo("content changed");
    assertThat(audit().entries("owner", dealId)).hasSize(entries.size());

    audit().setStored(dealId, tampered, "details", original);
    assertThat(audit().verify("manager", dealId).get("intact").asBoolean()).isTrue();
    audit().deleteStored(dealId, 5);
    JsonNode gap = audit().verify("owner", dealId);
    assertThat(gap.get("intact").asBoolean()).isFalse();
    assertThat(gap.at("/firstBroken/sequence").asLong()).isEqualTo(5);
    assertThat(gap.at("/firstBroken/reason").asText()).isEqualTo("entry 5 missing");
    assertThat(gap.at("/firstBroken/id").isMissingNode()).isTrue();
  }

  @Test
  void accessDenialsJoinTheTrailAndTheTrailOfAnInvisibleDealIsNotFound() throws Exception {
    String dealId =
        submit("Denied " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    assertProblem(api.get("privacy", "/api/deals/" + dealId), 404, "Deal not found");
    for (String path : List.of("/audit", "/audit/verify", "/audit/export?format=csv")) {
      assertProblem(api.get("privacy", "/api/deals/" + dealId + path), 404, "Deal not found");
    }
    String legalTask = taskOf("legal", dealId).get("id").asText();
    assertThat(api.decide("engineering", legalTask, "APPROVE", "not mine").status()).isEqualTo(403);

    JsonNode viewDenied =
        audit()
            .awaitEntry(
                dealId,
                entry ->
                    entry.get("action").asText().equals("access.denied")
                        && entry.get("actor").asText().equals("privacy"));
    assertThat(viewDenied.get("subject").asText()).isEmpty();
    assertThat(viewDenied.at("/details/attempted").asText()).isEqualTo("view the deal");
    JsonNode decisionDenied =
        audit()
            .awaitEntry(
                dealId,
                entry ->
                    entry.get("action").asText().equals("access.denied")
                        && entry.get("actor").asText().equals("engineering"));
    assertThat(decisionDenied.get("subject").asText()).isEqualTo(legalTask);
    assertThat(decisionDenied.at("/details/attempted").asText()).isEqualTo("decide");
    assertThat(decisionDenied.at("/details/reason").asText()).contains("not a member");
    assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();

    // A flood of refused requests, more at once than the server has database connections.
    int flood = 48;
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> refusals = new ArrayList<>();
      for (int i = 0; i < flood; i++) {
        refusals.add(pool.submit(() -> api.get("committee", "/api/deals/" + dealId).status()));
      }
      for (Future<Integer> refusal : refusals) {
        assertThat(refusal.get(30, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(404);
      }
    } finally {
      pool.shutdownNow();
    }
    audit()
        .awaitEntries(
            dealId,
            entry ->
                entry.get("action").asText().equals("access.denied")
                    && entry.get("actor").asText().equals("committee"),
            flood);
    assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();

    java.util.UUID unknown = java.util.UUID.randomUUID();
    assertThat(api.get("privacy", "/api/deals/" + unknown).status()).isEqualTo(404);
    assertThat(api.get("manager", "/api/deals/" + unknown + "/audit").status()).isEqualTo(404);
    Thread.sleep(500);
    assertThat(audit().storedRowsOf(unknown)).isZero();
  }

  @Test
  void auditTrailExportsAsJsonAndAsCsvThatParsesBackWithFormulasNeutralised() {
    String dealId =
        submit("Export, \\\"quoted\\\" " + uniqueWord(), contract(uniqueWord()))
            .body()
            .get("id")
            .asText();
    Reply json = api.get("legal", "/api/deals/" + dealId + "/audit/export?format=json");
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.headers().getContentDisposition().isAttachment()).isTrue();
    assertThat(json.headers().getContentDisposition().getFilename())
        .isEqualTo("audit-" + dealId + ".json");
    assertThat(json.body().get("dealId").asText()).isEqualTo(dealId);
    assertThat(json.body().at("/verification/intact").asBoolean()).isTrue();
    JsonNode exported = json.body().get("entries");
    assertThat(exported.size()).isGreaterThanOrEqualTo(7);
    assertThat(Instant.parse(exported.get(0).get("occurredAt").asText()))
        .isBefore(Instant.parse(json.body().get("exportedAt").asText()));

    JsonNode submitted =
        AuditTrails.first(audit().entries("owner", dealId), AuditTrails.action("deal.submitted"));
    audit()
        .setStored(
            dealId,
            submitted.get("sequence").asLong(),
            "actor",
            "=HYPERLINK(\"http://attacker.example\",\"open\")");
    Reply csv = api.get("owner", "/api/deals/" + dealId + "/audit/export?format=CSV");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().getContentType()).hasToString("text/csv;charset=UTF-8");
    assertThat(csv.headers().getContentDisposition().getFilename())
        .isEqualTo("audit-" + dealId + ".csv");
    List<List<String>> rows = AuditTrails.parseCsv(csv.body().asText());
    assertThat(rows.get(0))
        .containsExactly(
            "sequence",
            "occurredAt",
            "actor",
            "action",
            "subject",
            "details",
            "previousHash",
            "hash");
    assertThat(rows).hasSize(exported.size() + 1);
    for (int i = 0; i < exported.size(); i++) {
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(8);
      assertThat(row.get(0)).isEqualTo(exported.get(i).get("sequence").asText());
      assertThat(row.get(3)).isEqualTo(exported.get(i).get("action").asText());
      assertThat(row.get(7)).isEqualTo(exported.get(i).get("hash").asText());
    }
    List<String> submittedRow = rows.get((int) submitted.get("sequence").asLong());
    assertThat(submittedRow.get(2)).isEqualTo("'=HYPERLINK(\"http://attacker.example\",\"open\")");
    assertThat(submittedRow.get(5)).contains("Export, \\\"quoted\\\"");
    assertThat(audit().verify("owner", dealId).at("/firstBroken/sequence").asLong())
        .isEqualTo(submitted.get("sequence").asLong());

    assertProblem(
        api.get("owner", "/api/deals/" + dealId + "/audit/export?format=xml"),
        400,
        "Invalid input");
    assertThat(fieldNames(api.getAnonymous("/v3/api-docs").body().get("paths")))
        .contains(
            "/api/deals/{dealId}/audit",
            "/api/deals/{dealId}/audit/verify",
            "/api/deals/{dealId}/audit/export");
  }

  @Test
  void revisionRoundAndRejectionJoinTheTrail() {
    String dealId =
        submit("Trail rounds " + uniqueWord(), roundsContract("99.5%", "twelve"))
            .body()
            .get("id")
            .asText();
    requestChangesAndApproveTheRest(dealId, "legal");
    String revision = taskOf("owner", dealId).get("id").asText();
    assertThat(
            api.submitRevision(
                    "owner", revision, "v2.md", roundsContract("99.9%", "twenty-four"), "Both.")
                .status())
        .isEqualTo(200);
    String engineeringTask = taskOf("engineering", dealId).get("id").asText();
    assertThat(api.decide("engineering", engineeringTask, "REJECT", "Uptime too low.").status())
        .isEqualTo(200);

    List<JsonNode> entries = audit().entries("owner", dealId);
    assertThat(entries.stream().map(entry -> entry.get("action").asText()))
        .containsSubsequence(
            "deal.changes-requested",
            "task.created",
            "contract.version-uploaded",
            "deal.revision-submitted",
            "task.completed",
            "review.round-started",
            "checklist.cleared",
            "task.created",
            "task.completed",
            "deal.rejected");
    assertThat(entries.stream().map(entry -> entry.get("action").asText()))
        .contains("task.cancelled");
    JsonNode revised = AuditTrails.first(entries, AuditTrails.action("deal.revision-submitted"));
    assertThat(revised.get("actor").asText()).isEqualTo("owner");
    assertThat(revised.at("/details/version").asText()).isEqualTo("2");
    assertThat(revised.at("/details/answer").asText()).isEqualTo("Both.");
    JsonNode round = AuditTrails.first(entries, AuditTrails.action("review.round-started"));
    assertThat(round.at("/details/round").asText()).isEqualTo("2");
    assertThat(fieldNames(round.get("details"))).contains("reopened legal", "reopened engineering");
    assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();
  }

  @Test
  void anAuditedChangeOutsideATransactionFailsLoudly() {
    String dealId =
        submit("No transaction " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    int before = audit().entries("owner", dealId).size();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                events.publishEvent(
                    new dev.signoff.audit.AccessDenied(
                        java.util.UUID.fromString(dealId), "owner", "", "test", "no transaction")))
        .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    assertThat(audit().entries("owner", dealId)).hasSize(before);
  }

  @Override
  public AuditTrails audit() {
    return new AuditTrails(api, jdbc);
  }

  // --- helpers ---

  /** Submits a deal whose contract contains the marker and takes it through every approval. */
  String signedDeal(String marker) {
    String dealId = submit("Signed " + marker, contract(marker)).body().get("id").asText();
    for (String reviewer : REVIEWERS) {
      assertThat(approveReview(reviewer, taskOf(reviewer, dealId).get("id").asText()).status())
          .isEqualTo(200);
    }
    for (String reviewer : REVIEWERS) {
      assertThat(confirmPreSignoff(reviewer, taskOf(reviewer, dealId).get("id").asText()).status())
          .isEqualTo(200);
    }
    assertThat(
            api.decide("manager", taskOf("manager", dealId).get("id").asText(), "APPROVE", "ok")
                .status())
        .isEqualTo(200);
    return dealId;
  }

  /** Answers every checklist item as satisfied, then approves. */
  Reply approveReview(String reviewer, String taskId) {
    Reply answered = api.answerAllSatisfied(reviewer, taskId);
    assertThat(answered.status()).as(String.valueOf(answered.body())).isEqualTo(200);
    return api.decide(reviewer, taskId, "APPROVE", "Looks fine to " + reviewer);
  }

  /** Confirms the three pre-signoff statements. */
  Reply confirmPreSignoff(String user, String taskId) {
    return api.decide(
        user,
        taskId,
        Map.of(
            "outcome", "APPROVE",
            "comment", "Ready to sign.",
            "confirmations",
                Map.of(
                    "contractMatchesDeployment",
                    true,
                    "riskAcceptable",
                    true,
                    "monitoringInPlace",
                    true)));
  }

  Reply submit(String title, byte[] contract) {
    return api.submitDeal("owner", dealJson(title), "contract.md", contract);
  }

  static String dealJson(String title) {
    return """
        {"title":"%s","vendor":"Northwind AI","models":["Northwind Compact 2.1"],"hostingModel":"VENDOR_SAAS",
         "useCase":"Summarise support tickets","personalData":false}"""
        .formatted(title);
  }

  static String fullDealJson(
      String title, String domains, String dataCategories, String integrationPattern) {
    return """
        {"title":"%s","vendor":"Northwind AI","models":["Northwind Compact 2.1"],"hostingModel":"VENDOR_SAAS",
         "useCase":"Assist staff","fineTuning":true,"integrationPattern":"%s","useCaseDomains":%s,
         "dataCategories":%s,"residency":["eu","DE"],"vendorMayTrain":false,"pricingModel":"USAGE","termMonths":24}"""
        .formatted(title, integrationPattern, domains, dataCategories);
  }

  static byte[] contract(String marker) {
    return ("# AI Services Agreement\n\n## 12. Liability\n\n12.1 Cap. The aggregate liability cap equals twelve months"
            + " of fees.\n\n## 7. Security\n\n7.3 Breach notification within 48 hours. Reference "
            + marker
            + ".\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public JsonNode taskOf(String user, String dealId) {
    return tasksOf(user).stream()
        .filter(task -> task.get("dealId").asText().equals(dealId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No task for " + user + " on deal " + dealId));
  }

  @Override
  public List<JsonNode> tasksOf(String user) {
    Reply reply = api.get(user, "/api/tasks");
    assertThat(reply.status()).isEqualTo(200);
    return StreamSupport.stream(reply.body().spliterator(), false).toList();
  }

  JsonNode awaitPrecedent(String user, String query, String dealId) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      Reply reply = api.searchPrecedents(user, query);
      assertThat(reply.status()).isEqualTo(200);
      for (JsonNode hit : reply.body().get("hits")) {
        if (hit.get("dealId").asText().equals(dealId)) {
          return hit;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Deal " + dealId + " never became a precedent for '" + query + "'");
  }

  static void assertProblem(Reply reply, int status, String title) {
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(status);
    assertThat(reply.headers().getContentType()).hasToString("application/problem+json");
    assertThat(reply.body().get("status").asInt()).isEqualTo(status);
    if (title != null) {
      assertThat(reply.body().get("title").asText()).isEqualTo(title);
    }
    assertThat(reply.body().get("detail").asText()).isNotBlank();
  }

  static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  static List<String> statuses(JsonNode deal) {
    return StreamSupport.stream(deal.get("signOffs").spliterator(), false)
        .map(s -> s.get("status").asText())
        .toList();
  }

  static List<String> fieldNames(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static String uniqueWord() {
    return uniqueWord(RANDOM);
  }

  /** A word of "qz" and ten random letters, from the given source of randomness. */
  static String uniqueWord(Random random) {
    StringBuilder word = new StringBuilder("qz");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  static byte[] png() {
    return new byte[] {
      (byte) 0x89,
      'P',
      'N',
      'G',
      '\r',
      '\n',
      0x1a,
      '\n',
      0,
      0,
      0,
      13,
      'I',
      'H',
      'D',
      'R',
      0,
      0,
      0,
      1
    };
  }

  static byte[] brokenPdf() {
    return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"
        .getBytes(StandardCharsets.US_ASCII);
  }
}
