package dev.signoff.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.SignoffApi.Reply;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

/**
 * Owners, reviewers and managers working through the REST API from several threads: each thread
 * submits deals and takes them through their reviews (answering checklists, commenting, deciding,
 * uploading revisions where changes were requested, confirming, final approval). Every answer of
 * the server that acknowledged a change (2xx) goes into the journal with the ids it returned; a
 * request that failed (connection refused or reset, 5xx) is not acknowledged and is not retried.
 */
final class ReviewLoad {

  /** Who plays each group whose sign-off a deal waits for. */
  private static final Map<String, String> PERSON_OF_GROUP =
      Map.of(
          "legal", "legal",
          "security-privacy", "security",
          "engineering", "engineering",
          "product", "product",
          "manager", "manager");

  private static final Map<String, String> SIGN_OFF_KIND_OF_STAGE =
      Map.of(
          "IN_REVIEW", "REVIEW",
          "PRE_SIGNOFF", "PRE_SIGNOFF",
          "FINAL_APPROVAL", "FINAL_APPROVAL");

  private static final java.util.Set<String> ENDED =
      java.util.Set.of("SIGNED", "REJECTED", "WITHDRAWN");

  /** One acknowledged change. */
  sealed interface Acknowledged {
    String dealId();
  }

  /** A deal was submitted; {@code marker} is a word only its contract contains. */
  record Submitted(String dealId, String marker, String sha256) implements Acknowledged {}

  /** A review task's checklist was answered. */
  record Answered(String dealId, String taskId) implements Acknowledged {}

  /** A task was decided (completed) with the outcome. */
  record Decided(String dealId, String taskId, String kind, String outcome)
      implements Acknowledged {}

  /** The owner's revision task was completed with a new contract version. */
  record Revised(String dealId, String taskId, String marker, String sha256)
      implements Acknowledged {}

  /** A comment thread was started (its first comment) or a reply posted. */
  record Commented(String dealId, String threadId, String commentId, String body)
      implements Acknowledged {}

  private final Queue<Acknowledged> journal = new ConcurrentLinkedQueue<>();
  private final AtomicInteger failed = new AtomicInteger();
  private final AtomicInteger serviceUnavailable = new AtomicInteger();
  private final AtomicInteger serverErrors = new AtomicInteger();
  private final List<String> serverErrorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
  private final long seed;
  private volatile SignoffApi api;
  private volatile boolean running;
  private volatile boolean approveAll;
  private final Map<Integer, Integer> answers = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final List<Thread> threads = new ArrayList<>();
  private final String[] currentDeal;
  private final Random[] randoms;
  private final Random signing;

  ReviewLoad(int threadCount, long seed) {
    this.seed = seed;
    this.currentDeal = new String[threadCount];
    this.randoms = new Random[threadCount];
    this.signing = new Random(~seed);
    for (int i = 0; i < threadCount; i++) {
      randoms[i] = new Random(seed * 31 + i);
    }
  }

  /** Starts the threads against the server behind {@code api}. */
  void start(SignoffApi api) {
    this.api = api;
    running = true;
    for (int i = 0; i < currentDeal.length; i++) {
      int worker = i;
      Thread thread = new Thread(() -> work(worker), "review-load-" + i);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Stops the threads; requests still in flight end first (at most the client timeout). */
  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(60_000);
      if (thread.isAlive()) {
        throw new IllegalStateException(thread.getName() + " did not stop");
      }
    }
    threads.clear();
  }

  List<Acknowledged> journal() {
    return List.copyOf(journal);
  }

  int failedRequests() {
    return failed.get();
  }

  int serviceUnavailableAnswers() {
    return serviceUnavailable.get();
  }

  /** Answers 500 and above other than 503: a server that failed uncleanly. */
  int serverErrors() {
    return serverErrors.get();
  }

  List<String> serverErrorSamples() {
    return List.copyOf(serverErrorSamples);
  }

  /** How many answers of each status the load received. */
  Map<Integer, Integer> answersByStatus() {
    return Map.copyOf(answers);
  }

  long seed() {
    return seed;
  }

  /**
   * Takes one deal from submission to SIGNED on the calling thread, approving every review, so that
   * a run has a signed deal however slow the machine; returns its id.
   */
  String signOneDeal(SignoffApi api) {
    this.api = api;
    Random random = signing;
    String dealId = submit(random);
    if (dealId == null) {
      throw new IllegalStateException("Could not submit a deal");
    }
    approveAll = true;
    try {
      for (int step = 0; step < 100 && advance(dealId, random); step++) {
        // one task per step
      }
    } finally {
      approveAll = false;
    }
    return dealId;
  }

  private void work(int worker) {
    Random random = randoms[worker];
    while (running) {
      try {
        if (currentDeal[worker] == null) {
          currentDeal[worker] = submit(random);
        } else if (!advance(currentDeal[worker], random)) {
          currentDeal[worker] = null;
        }
      } catch (RuntimeException unreachable) {
        // Connection refused, reset or timed out: not acknowledged; wait for the server.
        failed.incrementAndGet();
        pause(200);
      }
    }
  }

  private String submit(Random random) {
    String marker = DealReviewApiContract.uniqueWord(random);
    byte[] contract = DealReviewApiContract.contract(marker);
    Reply reply =
        api.submitDeal(
            "owner",
            DealReviewApiContract.dealJson("Load " + marker),
            "contract-" + marker + ".md",
            contract);
    if (acknowledged(reply, status -> status == 201)) {
      String dealId = reply.body().get("id").asText();
      journal.add(new Submitted(dealId, marker, sha256(contract)));
      return dealId;
    }
    return null;
  }

  /** One step on the deal; false when it has ended (or cannot be moved on by this load). */
  private boolean advance(String dealId, Random random) {
    Reply deal = api.get("manager", "/api/deals/" + dealId);
    if (!acknowledged(deal, status -> status == 200)) {
      return deal.status() != 404;
    }
    String stage = deal.body().get("stage").asText();
    if (ENDED.contains(stage)) {
      return false;
    }
    List<String> people = new ArrayList<>();
    if (stage.equals("CHANGES_REQUESTED")) {
      people.add("owner");
    } else {
      for (JsonNode signOff : deal.body().get("signOffs")) {
        if (signOff.get("status").asText().equals("PENDING")
            && signOff.get("kind").asText().equals(SIGN_OFF_KIND_OF_STAGE.get(stage))) {
          people.add(PERSON_OF_GROUP.get(signOff.get("group").asText()));
        }
      }
    }
    java.util.Collections.shuffle(people, random);
    for (String person : people) {
      Reply inbox = api.get(person, "/api/tasks");
      if (!acknowledged(inbox, status -> status == 200)) {
        return true;
      }
      for (JsonNode task : inbox.body()) {
        if (task.get("dealId").asText().equals(dealId)) {
          act(dealId, person, task.get("id").asText(), task.get("kind").asText(), random);
          return true;
        }
      }
    }
    return true;
  }

  private void act(String dealId, String person, String taskId, String kind, Random random) {
    switch (kind) {
      case "REVIEW" -> review(dealId, person, taskId, random);
      case "REVISION" -> revise(dealId, taskId, random);
      case "PRE_SIGNOFF" -> decide(dealId, person, taskId, "PRE_SIGNOFF", confirmation());
      case "FINAL_APPROVAL" ->
          decide(
              dealId,
              person,
              taskId,
              "FINAL_APPROVAL",
              Map.of("outcome", "APPROVE", "comment", "Signed under load"));
      default -> throw new IllegalStateException("Unknown task kind " + kind);
    }
  }

  private void review(String dealId, String person, String taskId, Random random) {
    Reply checklist = api.get(person, "/api/tasks/" + taskId + "/checklist");
    if (!acknowledged(checklist, status -> status == 200)) {
      return;
    }
    List<String> items = new ArrayList<>();
    checklist
        .body()
        .at("/checklist/sections")
        .forEach(
            section -> section.get("items").forEach(item -> items.add(item.get("id").asText())));
    if (acknowledged(api.answer(person, taskId, items, "SATISFIED"), status -> status == 200)) {
      journal.add(new Answered(dealId, taskId));
    } else {
      return;
    }
    if (random.nextInt(3) == 0) {
      comment(dealId, person, random);
    }
    int roll = random.nextInt(100);
    String outcome =
        approveAll ? "APPROVE" : roll < 8 ? "REQUEST_CHANGES" : roll < 11 ? "REJECT" : "APPROVE";
    decide(
        dealId,
        person,
        taskId,
        "REVIEW",
        Map.of("outcome", outcome, "comment", outcome.toLowerCase() + " by " + person));
  }

  private void comment(String dealId, String person, Random random) {
    String body = "Note " + DealReviewApiContract.uniqueWord(random) + " from " + person;
    Reply started = api.post(person, "/api/deals/" + dealId + "/threads", Map.of("body", body));
    if (!acknowledged(started, status -> status == 201)) {
      return;
    }
    String threadId = started.body().get("id").asText();
    journal.add(
        new Commented(dealId, threadId, started.body().at("/comments/0/id").asText(), body));
    String replyBody = "Reply " + DealReviewApiContract.uniqueWord(random) + " from owner";
    Reply reply =
        api.post(
            "owner",
            "/api/deals/" + dealId + "/threads/" + threadId + "/comments",
            Map.of("body", replyBody));
    if (acknowledged(reply, status -> status == 201)) {
      journal.add(new Commented(dealId, threadId, reply.body().get("id").asText(), replyBody));
    }
  }

  private void revise(String dealId, String taskId, Random random) {
    String marker = DealReviewApiContract.uniqueWord(random);
    byte[] contract = DealReviewApiContract.contract(marker);
    Reply reply =
        api.submitRevision("owner", taskId, "revised-" + marker + ".md", contract, "Revised.");
    if (acknowledged(reply, status -> status == 200)) {
      journal.add(new Revised(dealId, taskId, marker, sha256(contract)));
    }
  }

  private void decide(
      String dealId, String person, String taskId, String kind, Map<String, Object> decision) {
    Reply reply = api.decide(person, taskId, decision);
    if (acknowledged(reply, status -> status == 200)) {
      journal.add(new Decided(dealId, taskId, kind, (String) decision.get("outcome")));
    }
  }

  private static Map<String, Object> confirmation() {
    return Map.of(
        "outcome",
        "APPROVE",
        "comment",
        "Ready to sign.",
        "confirmations",
        Map.of(
            "contractMatchesDeployment", true, "riskAcceptable", true, "monitoringInPlace", true));
  }

  /**
   * Whether the server acknowledged the request; 409 (someone else was quicker) and other refusals
   * are normal under load, 503 is the expected answer while the database is away, other 5xx are
   * counted as server errors.
   */
  private boolean acknowledged(Reply reply, IntPredicate expected) {
    int status = reply.status();
    answers.merge(status, 1, Integer::sum);
    if (status == 503) {
      serviceUnavailable.incrementAndGet();
    } else if (status >= 500) {
      serverErrors.incrementAndGet();
      if (serverErrorSamples.size() < 5) {
        serverErrorSamples.add(status + " " + reply.body());
      }
    }
    return expected.test(status);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
