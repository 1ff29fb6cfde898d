package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.assertProblem;
import static dev.signoff.api.DealReviewApiContract.contract;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.SignoffApi.Reply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code Idempotency-Key} header: a retried request gets the first answer and changes nothing,
 * the key is the caller's own, bound to one request, never runs twice when two copies race, and is
 * freed by a refusal. Mixed into {@link DealReviewApiContract}, so it runs on each database.
 */
interface IdempotencyApiContract {

  String KEY = "Idempotency-Key";

  SignoffApi api();

  JdbcTemplate jdbc();

  ApplicationContext context();

  JsonNode taskOf(String user, String dealId);

  @Test
  default void retriedSubmissionReturnsTheFirstDealAndStoresNothingNew() {
    SignoffApi keyed = api().withHeader(KEY, UUID.randomUUID().toString());
    String title = "Retried " + uniqueWord();
    byte[] file = contract(uniqueWord());
    Reply first = keyed.submitDeal("owner", dealJson(title), "contract.md", file);
    assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(201);
    Map<String, Long> before = storedRows();

    // A new multipart body (new boundary) with the same parts is the same request.
    Reply retried = keyed.submitDeal("owner", dealJson(title), "contract.md", file);
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(retried.headers().getLocation()).isEqualTo(first.headers().getLocation());
    assertThat(retried.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(first.headers().getFirst("Idempotent-Replayed")).isNull();
    assertThat(storedRows()).isEqualTo(before);
    assertThat(dealsTitled(title)).isEqualTo(1);
  }

  @Test
  default void decisionRetriedAfterItSucceededGetsTheFirstAnswerInsteadOfAConflict() {
    String dealId = submitted("Decided once " + uniqueWord());
    String task = taskOf("legal", dealId).get("id").asText();
    assertThat(api().answerAllSatisfied("legal", task).status()).isEqualTo(200);
    SignoffApi keyed = api().withHeader(KEY, "decision-" + UUID.randomUUID());
    Map<String, Object> decision = Map.of("outcome", "APPROVE", "comment", "Fine.");
    Reply first = keyed.decide("legal", task, decision);
    assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(200);
    Map<String, Long> before = storedRows();

    Reply retried = keyed.decide("legal", task, decision);
    assertThat(retried.status()).isEqualTo(200);
    assertThat(retried.body()).isEqualTo(first.body());
    assertThat(storedRows()).isEqualTo(before);
    // Without the key the same request is a second decision, and conflicts.
    assertProblem(api().decide("legal", task, decision), 409, null);
  }

  @Test
  default void sameKeyForAnotherRequestIsRefused() {
    String key = UUID.randomUUID().toString();
    SignoffApi keyed = api().withHeader(KEY, key);
    String title = "Keyed " + uniqueWord();
    Reply first = keyed.submitDeal("owner", dealJson(title), "contract.md", contract("first"));
    assertThat(first.status()).isEqualTo(201);
    Map<String, Long> before = storedRows();

    String otherTitle = "Other " + uniqueWord();
    Reply otherBody =
        keyed.submitDeal("owner", dealJson(otherTitle), "contract.md", contract("first"));
    assertProblem(otherBody, 422, "Idempotency key reused");
    Reply otherFile = keyed.submitDeal("owner", dealJson(title), "contract.md", contract("second"));
    assertProblem(otherFile, 422, "Idempotency key reused");
    Reply otherPath =
        keyed.post(
            "owner",
            "/api/deals/" + first.body().get("id").asText() + "/withdraw",
            Map.of("reason", "Changed my mind."));
    assertProblem(otherPath, 422, "Idempotency key reused");
    assertThat(storedRows()).isEqualTo(before);
    assertThat(dealsTitled(otherTitle)).isZero();
    assertThat(api().get("owner", first.headers().getLocation().getPath()).body().get("stage"))
        .hasToString("\"IN_REVIEW\"");
  }

  @Test
  default void twoConcurrentIdenticalSubmissionsCreateOneDeal() throws Exception {
    SignoffApi keyed = api().withHeader(KEY, UUID.randomUUID().toString());
    keyed.tokenOf("owner");
    String title = "Raced " + uniqueWord();
    byte[] file = contract(uniqueWord());
    long dealsBefore = storedRows().get("deal");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        replies.add(
            pool.submit(
                () -> {
                  start.await();
                  return keyed.submitDeal("owner", dealJson(title), "contract.md", file);
                }));
      }
      start.countDown();
      List<String> ids = new ArrayList<>();
      for (Future<Reply> future : replies) {
        Reply reply = future.get();
        if (reply.status() == 201) {
          ids.add(reply.body().get("id").asText());
        } else {
          assertProblem(reply, 409, "Request in progress");
        }
      }
      assertThat(ids).isNotEmpty();
      assertThat(ids).allMatch(ids.get(0)::equals);
    } finally {
      pool.shutdownNow();
    }
    assertThat(dealsTitled(title)).isEqualTo(1);
    assertThat(storedRows().get("deal")).isEqualTo(dealsBefore + 1);
  }

  @Test
  default void anotherCallersSameKeyIsTheirOwn() {
    String key = "shared-" + UUID.randomUUID();
    String dealId = submitted("Two callers " + uniqueWord());
    // Nobody else's use of the key replays the owner's deal: legal may not submit deals at all.
    Reply owners =
        api()
            .withHeader(KEY, key)
            .submitDeal("owner", dealJson("Owner's " + uniqueWord()), "contract.md", contract("o"));
    assertThat(owners.status()).isEqualTo(201);
    Reply legals =
        api()
            .withHeader(KEY, key)
            .submitDeal("legal", dealJson("Legal's " + uniqueWord()), "contract.md", contract("o"));
    assertProblem(legals, 403, null);
    // Two reviewers deciding their own tasks with one key each get their own answer.
    Map<String, String> answers = new LinkedHashMap<>();
    for (String reviewer : List.of("legal", "engineering")) {
      String task = taskOf(reviewer, dealId).get("id").asText();
      assertThat(api().answerAllSatisfied(reviewer, task).status()).isEqualTo(200);
      Reply decided =
          api()
              .withHeader(KEY, key)
              .decide(reviewer, task, Map.of("outcome", "APPROVE", "comment", "ok"));
      assertThat(decided.status()).as(String.valueOf(decided.body())).isEqualTo(200);
      answers.put(reviewer, decided.body().toString());
    }
    assertThat(answers.get("legal")).isNotEqualTo(answers.get("engineering"));
  }

  @Test
  default void refusedFirstAttemptLeavesTheKeyFree() {
    SignoffApi keyed = api().withHeader(KEY, UUID.randomUUID().toString());
    String title = "Second try " + uniqueWord();
    Reply refused = keyed.submitDeal("owner", "{\"title\":", "contract.md", contract("x"));
    assertProblem(refused, 400, null);
    Reply fixed = keyed.submitDeal("owner", dealJson(title), "contract.md", contract("x"));
    assertThat(fixed.status()).as(String.valueOf(fixed.body())).isEqualTo(201);
    assertThat(dealsTitled(title)).isEqualTo(1);
  }

  @Test
  default void aRetryAfterAnInterruptedAttemptThatChangedNothingRunsTheRequest() {
    String title = "Interrupted before its change " + uniqueWord();
    byte[] file = contract(uniqueWord());
    String firstKey = UUID.randomUUID().toString();
    Reply before =
        api().withHeader(KEY, firstKey).submitDeal("owner", dealJson(title), "c.md", file);
    assertThat(before.status()).as(String.valueOf(before.body())).isEqualTo(201);
    // An attempt with another key whose server stopped before it committed anything, long ago.
    String key = UUID.randomUUID().toString();
    interruptedAttempt(firstKey, key, "IN_PROGRESS");

    SignoffApi keyed = api().withHeader(KEY, key);
    Reply retried = keyed.submitDeal("owner", dealJson(title), "c.md", file);

    assertThat(retried.status()).as(String.valueOf(retried.body())).isEqualTo(201);
    assertThat(retried.headers().getFirst("Idempotent-Replayed")).isNull();
    assertThat(dealsTitled(title)).isEqualTo(2);
    Reply again = keyed.submitDeal("owner", dealJson(title), "c.md", file);
    assertThat(again.body()).isEqualTo(retried.body());
    assertThat(again.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(dealsTitled(title)).isEqualTo(2);
  }

  @Test
  default void aRetryAfterAnInterruptedAttemptThatTookEffectSaysSoAndChangesNothing() {
    String title = "Interrupted after its change " + uniqueWord();
    byte[] file = contract(uniqueWord());
    String firstKey = UUID.randomUUID().toString();
    assertThat(
            api()
                .withHeader(KEY, firstKey)
                .submitDeal("owner", dealJson(title), "c.md", file)
                .status())
        .isEqualTo(201);
    // An attempt whose change committed (and marked its key) before its server stopped.
    String key = UUID.randomUUID().toString();
    interruptedAttempt(firstKey, key, "CHANGED");
    Map<String, Long> before = storedRows();

    Reply retried = api().withHeader(KEY, key).submitDeal("owner", dealJson(title), "c.md", file);

    assertProblem(retried, 409, "Request carried out, answer lost");
    assertThat(retried.body().get("detail").asText()).contains("took effect");
    assertThat(storedRows()).isEqualTo(before);
    assertThat(dealsTitled(title)).isEqualTo(1);
  }

  @Test
  default void theTransactionManagerMarksTheKeyOfEveryChangeItCommits() {
    var manager =
        (org.springframework.transaction.support.AbstractPlatformTransactionManager)
            context().getBean(org.springframework.transaction.PlatformTransactionManager.class);
    assertThat(manager.getTransactionExecutionListeners())
        .extracting(listener -> listener.getClass().getSimpleName())
        .contains("ChangeMarker");
  }

  @Test
  default void invalidKeysAreRefused() {
    Map<String, Long> before = storedRows();
    List<SignoffApi> invalid =
        List.of(
            api().withHeader(KEY, ""),
            api().withHeader(KEY, "with space"),
            api().withHeader(KEY, "x".repeat(256)),
            api().withHeader(KEY, "one", "two"));
    for (SignoffApi keyed : invalid) {
      String title = "Invalid key " + uniqueWord();
      assertProblem(
          keyed.submitDeal("owner", dealJson(title), "contract.md", contract("k")),
          400,
          "Invalid idempotency key");
      assertThat(dealsTitled(title)).isZero();
    }
    assertThat(storedRows()).isEqualTo(before);
    // The longest key accepted
    Reply longest =
        api()
            .withHeader(KEY, "k".repeat(255))
            .submitDeal("owner", dealJson("Longest key " + uniqueWord()), "x.md", contract("l"));
    assertThat(longest.status()).isEqualTo(201);
  }

  private String submitted(String title) {
    Reply reply = api().submitDeal("owner", dealJson(title), "contract.md", contract(title));
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  /**
   * Stores the key as an attempt of the same request as the one sent with {@code sentKey}, claimed
   * ten minutes ago and interrupted in the given state (as a server killed mid-request leaves it).
   */
  private void interruptedAttempt(String sentKey, String key, String state) {
    java.time.Instant now = java.time.Instant.now();
    int inserted =
        jdbc()
            .update(
                "INSERT INTO idempotent_request (caller, idempotency_key, claim_id,"
                    + " request_method, request_path, request_hash, state, claimed_at,"
                    + " expires_at) SELECT caller, ?, ?, request_method, request_path,"
                    + " request_hash, ?, ?, ? FROM idempotent_request WHERE idempotency_key = ?",
                key,
                UUID.randomUUID(),
                state,
                java.sql.Timestamp.from(now.minus(Duration.ofMinutes(10))),
                java.sql.Timestamp.from(now.plus(Duration.ofHours(1))),
                sentKey);
    assertThat(inserted).isEqualTo(1);
  }

  private long dealsTitled(String title) {
    return jdbc().queryForObject("SELECT COUNT(*) FROM deal WHERE title = ?", Long.class, title);
  }

  /**
   * Rows of everything a request may add, once the after-commit handlers of earlier requests (audit
   * trail, index, notifications) have finished.
   */
  private Map<String, Long> storedRows() {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline
        && jdbc()
                .queryForObject(
                    "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                    Long.class)
            > 0) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table :
        List.of(
            "deal",
            "sign_off",
            "contract_document",
            "contract_content",
            "deal_timeline",
            "checklist_answer",
            "audit_entry",
            "event_publication",
            "idempotent_request")) {
      rows.put(table, jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    rows.put(
        "process instances",
        context().getBean(RuntimeService.class).createProcessInstanceQuery().count());
    rows.put("tasks", context().getBean(TaskService.class).createTaskQuery().count());
    return rows;
  }
}
