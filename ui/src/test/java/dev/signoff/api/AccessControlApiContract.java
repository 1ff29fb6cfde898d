package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.assertProblem;
import static dev.signoff.api.DealReviewApiContract.contract;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.texts;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.audit.RequestDenialLog;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.Decision;
import dev.signoff.inbox.InboxService;
import dev.signoff.inbox.Outcome;
import dev.signoff.operations.ProcessIncident;
import dev.signoff.operations.ProcessInstanceState;
import dev.signoff.operations.ProcessOperations;
import dev.signoff.problem.SignoffProblem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see a deal and act on its tasks: sharing a deal by name, the four-eyes rule, and every
 * deal-scoped endpoint answering 404 to someone who may not see the deal. Mixed into {@link
 * DealReviewApiContract}, so it runs on each database in the same server.
 */
interface AccessControlApiContract {

  SignoffApi api();

  AuditTrails audit();

  ApplicationContext context();

  JsonNode taskOf(String user, String dealId);

  // --- sharing a deal by name ---

  @Test
  default void ownerSharesADealByNameAndTheMemberSeesItUntilRemoved() throws Exception {
    String marker = uniqueWord();
    String dealId = submitted("Shared " + marker, marker);
    String deal = "/api/deals/" + dealId;
    api().tokenOf("committee");
    api().get("committee", "/api/deals"); // the identity provider's users are known once seen
    assertProblem(api().get("committee", deal), 404, "Deal not found");

    Reply added = api().post("owner", deal + "/members", Map.of("user", "committee"));
    assertThat(added.status()).as(String.valueOf(added.body())).isEqualTo(201);
    assertThat(texts(added.body())).containsExactly("committee");
    assertThat(api().get("committee", deal).status()).isEqualTo(200);
    assertThat(api().get("committee", deal + "/contract/text").body().asText()).contains(marker);
    assertThat(api().get("committee", "/api/deals").body())
        .anyMatch(listed -> listed.get("id").asText().equals(dealId));
    assertThat(texts(api().get("legal", deal + "/members").body())).containsExactly("committee");
    JsonNode entry = audit().awaitEntry(dealId, AuditTrails.action("deal.member-added"));
    assertThat(entry.get("actor").asText()).isEqualTo("owner");
    assertThat(entry.get("subject").asText()).isEqualTo("committee");

    // Only the owner (or an admin) shares; a reviewer who sees the deal is refused and recorded,
    // someone who does not see it learns nothing.
    assertProblem(
        api().post("legal", deal + "/members", Map.of("user", "privacy")), 403, "Forbidden");
    assertProblem(
        api().post("privacy", deal + "/members", Map.of("user", "privacy")), 404, "Deal not found");
    assertProblem(
        api().post("owner", deal + "/members", Map.of("user", "nobody-" + marker)),
        422,
        "Unknown user");
    assertProblem(api().post("owner", deal + "/members", Map.of("user", " ")), 400, "Invalid user");
    JsonNode refused =
        audit()
            .awaitEntry(
                dealId,
                candidate ->
                    candidate.get("action").asText().equals("access.denied")
                        && candidate.get("actor").asText().equals("legal"));
    assertThat(refused.at("/details/attempted").asText()).isEqualTo("share the deal");

    Reply removed = api().send(HttpMethod.DELETE, "owner", deal + "/members/committee", null, null);
    assertThat(removed.status()).isEqualTo(204);
    assertProblem(api().get("committee", deal), 404, "Deal not found");
    assertThat(api().get("committee", "/api/deals").body())
        .noneMatch(listed -> listed.get("id").asText().equals(dealId));
    assertThat(audit().actions(dealId)).contains("deal.member-added", "deal.member-removed");

    // A closed deal is a precedent: sharing it lets the member find it, unsharing hides it again.
    assertThat(
            api()
                .post("owner", deal + "/withdraw", Map.of("reason", "Vendor withdrew the offer."))
                .status())
        .isEqualTo(200);
    assertThat(precedentHits("committee", marker, dealId)).isZero();
    assertThat(api().post("owner", deal + "/members", Map.of("user", "committee")).status())
        .isEqualTo(201);
    assertThat(awaitPrecedentHits("committee", marker, dealId, 1)).isEqualTo(1);
    assertThat(
            api()
                .send(HttpMethod.DELETE, "admin", deal + "/members/committee", null, null)
                .status())
        .isEqualTo(204);
    assertThat(awaitPrecedentHits("committee", marker, dealId, 0)).isZero();
  }

  // --- four eyes ---

  @Test
  default void ownerNeverApprovesAReviewOfTheirOwnDealNorGivesItsFinalApproval() throws Exception {
    String marker = uniqueWord();
    String dealId = submitted("Four eyes " + marker, marker);
    InboxService inbox = context().getBean(InboxService.class);
    // The owner is also a member of legal and of the managers, e.g. after a change of role.
    Caller ownerInLegal = new Caller("owner", Set.of(Roles.DEAL_OWNER, Roles.LEGAL));
    Caller ownerAsManager = new Caller("owner", Set.of(Roles.DEAL_OWNER, Roles.MANAGER));

    String legalTask = taskOf("legal", dealId).get("id").asText();
    assertThat(api().answerAllSatisfied("legal", legalTask).status()).isEqualTo(200);
    for (Outcome approval : List.of(Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)) {
      SignoffProblem refused =
          catchThrowableOfType(
              SignoffProblem.class,
              () ->
                  CurrentCaller.runAs(
                      ownerInLegal,
                      () ->
                          inbox.decide(
                              legalTask,
                              new Decision(approval, "mine", List.of("a condition"), null))));
      assertThat(refused.status().value()).isEqualTo(403);
      assertThat(refused.title()).isEqualTo("Four eyes");
    }
    JsonNode denied =
        audit()
            .awaitEntry(
                dealId,
                entry ->
                    entry.get("action").asText().equals("access.denied")
                        && entry.get("actor").asText().equals("owner"));
    assertThat(denied.get("subject").asText()).isEqualTo(legalTask);
    assertThat(denied.at("/details/reason").asText()).contains("your own deal");
    assertThat(taskOf("legal", dealId).get("assignee").isNull()).isTrue();

    for (String reviewer : DealReviewApiContract.REVIEWERS) {
      String task = taskOf(reviewer, dealId).get("id").asText();
      if (!reviewer.equals("legal")) {
        assertThat(api().answerAllSatisfied(reviewer, task).status()).isEqualTo(200);
      }
      assertThat(api().decide(reviewer, task, "APPROVE", "fine").status()).isEqualTo(200);
    }
    for (String reviewer : DealReviewApiContract.REVIEWERS) {
      String task = taskOf(reviewer, dealId).get("id").asText();
      Reply confirmed =
          api()
              .decide(
                  reviewer,
                  task,
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
                          true)));
      assertThat(confirmed.status()).as(String.valueOf(confirmed.body())).isEqualTo(200);
    }
    String finalApproval = taskOf("manager", dealId).get("id").asText();
    for (Outcome outcome : List.of(Outcome.APPROVE, Outcome.REJECT)) {
      SignoffProblem refused =
          catchThrowableOfType(
              SignoffProblem.class,
              () ->
                  CurrentCaller.runAs(
                      ownerAsManager,
                      () -> inbox.decide(finalApproval, new Decision(outcome, "my own deal"))));
      assertThat(refused.status().value()).isEqualTo(403);
      assertThat(refused.title()).isEqualTo("Four eyes");
    }
    assertThat(api().get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("FINAL_APPROVAL");
    assertThat(api().decide("manager", finalApproval, "APPROVE", "ok").status()).isEqualTo(200);
    assertThat(api().get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("SIGNED");
  }

  // --- admin-only ---

  @Test
  default void auditExportOfEveryDealIsForAdminsOnly() throws InterruptedException {
    String marker = uniqueWord();
    String dealId = submitted("Exported " + marker, marker);
    for (String notAdmin : List.of("manager", "owner", "legal")) {
      assertProblem(api().get(notAdmin, "/api/audit/export"), 403, "Forbidden");
    }
    // refusals outside any deal join the log of refused requests
    RequestDenialLog denials = context().getBean(RequestDenialLog.class);
    List<String> refused = List.of();
    for (long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        System.nanoTime() < deadline && refused.size() < 3; ) {
      refused =
          denials.latest(500).stream()
              .filter(denial -> denial.target().equals("/api/audit/export"))
              .filter(denial -> denial.status() == 403)
              .map(RequestDenialLog.Denial::actor)
              .distinct()
              .toList();
      Thread.sleep(50);
    }
    assertThat(refused).contains("manager", "owner", "legal");
    Reply export = api().get("admin", "/api/audit/export");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.headers().getContentDisposition().isAttachment()).isTrue();
    JsonNode trail = null;
    for (JsonNode deal : export.body()) {
      if (deal.get("dealId").asText().equals(dealId)) {
        trail = deal;
      }
    }
    assertThat(trail).as("the new deal's trail in the export").isNotNull();
    assertThat(trail.at("/verification/intact").asBoolean()).isTrue();
    List<String> actions = new java.util.ArrayList<>();
    trail.get("entries").forEach(entry -> actions.add(entry.get("action").asText()));
    assertThat(actions).contains("deal.submitted", "contract.version-uploaded");
  }

  // --- process operations ---

  @Test
  default void processOperationsAreForAdminsOnlyAndRetryAFailedJob() {
    String marker = uniqueWord();
    String dealId = submitted("Operations " + marker, marker);
    var engine = context().getBean(org.camunda.bpm.engine.ManagementService.class);
    var runtime = context().getBean(org.camunda.bpm.engine.RuntimeService.class);
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dealId)
            .singleResult()
            .getId();
    String reminder =
        engine.createJobQuery().processInstanceId(instance).timers().list().get(0).getId();
    // The job ran out of retries, as one does after failing three times.
    engine.setJobRetries(reminder, 0);

    ProcessOperations operations = context().getBean(ProcessOperations.class);
    for (String role : List.of(Roles.LEGAL, Roles.MANAGER, Roles.DEAL_OWNER)) {
      Caller notAdmin = new Caller(role + "-user", Set.of(role));
      List<Runnable> calls =
          List.of(
              operations::incidents,
              operations::failedJobs,
              () -> operations.retry(reminder),
              () -> operations.instancesOf(UUID.fromString(dealId)));
      for (Runnable call : calls) {
        assertThatThrownBy(
                () ->
                    CurrentCaller.runAs(
                        notAdmin,
                        () -> {
                          call.run();
                          return null;
                        }))
            .isInstanceOf(AccessDeniedException.class);
      }
    }
    assertThat(engine.createJobQuery().jobId(reminder).singleResult().getRetries()).isZero();

    Caller admin = new Caller("admin", Set.of(Roles.ADMIN));
    List<ProcessIncident> incidents = CurrentCaller.runAs(admin, operations::incidents);
    assertThat(incidents)
        .anySatisfy(
            incident -> {
              assertThat(incident.dealId()).isEqualTo(dealId);
              assertThat(incident.jobId()).isEqualTo(reminder);
              assertThat(incident.type()).isEqualTo("failedJob");
            });
    assertThat(CurrentCaller.runAs(admin, operations::failedJobs))
        .anySatisfy(job -> assertThat(job.id()).isEqualTo(reminder));
    List<ProcessInstanceState> instances =
        CurrentCaller.runAs(admin, () -> operations.instancesOf(UUID.fromString(dealId)));
    assertThat(instances).hasSize(1);
    ProcessInstanceState state = instances.get(0);
    assertThat(state.running()).isTrue();
    assertThat(state.activeActivities()).contains("Task_Review");
    assertThat(state.incidentActivities()).isNotEmpty();
    String diagram = CurrentCaller.runAs(admin, () -> operations.diagramOf(state));
    assertThat(diagram)
        .startsWith("<svg")
        .containsPattern("class=\"element usertask active\" data-element-id=\"Task_Review\"")
        .contains(" incident\" data-element-id=\"" + state.incidentActivities().get(0) + "\"");

    CurrentCaller.runAs(
        admin,
        () -> {
          operations.retry(reminder);
          return null;
        });
    assertThat(engine.createJobQuery().jobId(reminder).singleResult().getRetries()).isEqualTo(1);
    assertThat(CurrentCaller.runAs(admin, operations::incidents))
        .noneMatch(incident -> reminder.equals(incident.jobId()));
    assertThat(CurrentCaller.runAs(admin, operations::failedJobs))
        .noneMatch(job -> job.id().equals(reminder));
    SignoffProblem gone =
        catchThrowableOfType(
            SignoffProblem.class,
            () ->
                CurrentCaller.runAs(
                    admin,
                    () -> {
                      operations.retry("no-such-job");
                      return null;
                    }));
    assertThat(gone.status().value()).isEqualTo(404);
  }

  // --- every endpoint of a deal, and of its tasks, for someone who may not see it ---

  @Test
  default void everyDealEndpointAnswersNotFoundToSomeoneWhoMayNotSeeTheDeal() throws Exception {
    String marker = uniqueWord();
    String dealId = submitted("Foreign " + marker, marker);
    String stranger = "committee"; // the AI risk committee does not review a low-risk deal
    List<Endpoint> endpoints = endpointsUnder("/api/deals/{dealId}");
    assertThat(endpoints).hasSizeGreaterThan(25);
    List<String> answeredOtherwise = new java.util.ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Reply reply = endpoint.call(api(), stranger, Map.of("dealId", dealId));
      boolean problem =
          reply.headers().getContentType() != null
              && reply.headers().getContentType().toString().equals("application/problem+json");
      if (reply.status() != 404
          || !problem
          || !reply.body().get("title").asText().equals("Deal not found")) {
        answeredOtherwise.add(endpoint + " → " + reply.status() + " " + reply.body());
      }
    }
    assertThat(answeredOtherwise).as("endpoints that did not answer 404").isEmpty();
    audit()
        .awaitEntries(
            dealId,
            entry ->
                entry.get("action").asText().equals("access.denied")
                    && entry.get("actor").asText().equals(stranger),
            endpoints.size());
    // The deal's own people still see it: the matrix above was refused for the stranger only.
    assertThat(api().get("owner", "/api/deals/" + dealId).status()).isEqualTo(200);
  }

  @Test
  default void everyTaskActionIsRefusedToSomeoneOutsideTheTasksGroup() throws Exception {
    String marker = uniqueWord();
    String dealId = submitted("Not your task " + marker, marker);
    String legalTask = taskOf("legal", dealId).get("id").asText();
    List<Endpoint> endpoints = endpointsUnder("/api/tasks/{taskId}");
    assertThat(endpoints).hasSizeGreaterThan(5);
    List<String> answeredOtherwise = new java.util.ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Reply reply = endpoint.call(api(), "engineering", Map.of("taskId", legalTask));
      if (reply.status() != 403 && reply.status() != 404) {
        answeredOtherwise.add(endpoint + " → " + reply.status() + " " + reply.body());
      }
    }
    assertThat(answeredOtherwise).as("task endpoints that did not refuse").isEmpty();
    JsonNode task = taskOf("legal", dealId);
    assertThat(task.get("assignee").isNull()).isTrue();
    assertThat(api().get("owner", "/api/deals/" + dealId).body().get("stage").asText())
        .isEqualTo("IN_REVIEW");
    assertThat(
            audit()
                .awaitEntry(
                    dealId,
                    entry ->
                        entry.get("action").asText().equals("access.denied")
                            && entry.get("actor").asText().equals("engineering"))
                .get("subject")
                .asText())
        .isEqualTo(legalTask);
  }

  /** Every REST endpoint whose path starts with the prefix, from the application's mappings. */
  private List<Endpoint> endpointsUnder(String prefix) {
    var mappings =
        context()
            .getBean(
                "requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping
                    .class);
    List<Endpoint> endpoints = new java.util.ArrayList<>();
    mappings
        .getHandlerMethods()
        .forEach(
            (info, handler) -> {
              boolean multipart =
                  info.getConsumesCondition().getConsumableMediaTypes().stream()
                      .anyMatch(
                          type ->
                              type.isCompatibleWith(
                                  org.springframework.http.MediaType.MULTIPART_FORM_DATA));
              for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith(prefix)) {
                  continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                for (var method :
                    methods.isEmpty()
                        ? Set.of(org.springframework.web.bind.annotation.RequestMethod.GET)
                        : methods) {
                  endpoints.add(
                      new Endpoint(HttpMethod.valueOf(method.name()), pattern, multipart));
                }
              }
            });
    endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
    return endpoints;
  }

  /**
   * One endpoint, called with plausible input: path variables other than the one under test get
   * well-formed values, every call carries the query parameters any endpoint needs, bodies are
   * well-formed, and changes carry an {@code If-Match}.
   */
  record Endpoint(HttpMethod method, String pattern, boolean multipart) {

    Reply call(SignoffApi api, String user, Map<String, String> given) {
      String path = pattern;
      for (var variable : given.entrySet()) {
        path = path.replace("{" + variable.getKey() + "}", variable.getValue());
      }
      path =
          path.replace("{version}", "1")
              .replace("{user}", "legal")
              .replaceAll("\\{[^}]+\\}", UUID.randomUUID().toString());
      path += "?from=1&to=1&format=json&status=all";
      if (multipart) {
        return api.uploadMultipart(
            user, method, path, "contract.md", contract("x"), Map.of("note", "n", "answer", "a"));
      }
      if (method == HttpMethod.GET) {
        return api.get(user, path);
      }
      Map<String, Object> body =
          Map.of(
              "body",
              "hello",
              "outcome",
              "APPROVE",
              "comment",
              "ok",
              "user",
              "legal",
              "reason",
              "r",
              "required",
              true,
              "anchorKind",
              "DEAL",
              "answers",
              List.of(
                  Map.of(
                      "itemId", "legal-data-use",
                      "answer", "SATISFIED",
                      "note", "n",
                      "clauseRefs", List.of())));
      return api.send(method, user, path, body, "\"0\"");
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  // --- helpers ---

  private String submitted(String title, String marker) {
    Reply reply = api().submitDeal("owner", dealJson(title), "contract.md", contract(marker));
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  /** How many of the user's precedent hits for the query are of the deal. */
  private int precedentHits(String user, String query, String dealId) {
    Reply reply = api().searchPrecedents(user, query);
    assertThat(reply.status()).isEqualTo(200);
    int hits = 0;
    for (JsonNode hit : reply.body().get("hits")) {
      if (hit.get("dealId").asText().equals(dealId)) {
        hits++;
      }
    }
    return Math.min(hits, 1);
  }

  private int awaitPrecedentHits(String user, String query, String dealId, int expected)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    int hits = precedentHits(user, query, dealId);
    while (hits != expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      hits = precedentHits(user, query, dealId);
    }
    return hits;
  }

  static UUID anyId() {
    return UUID.randomUUID();
  }
}
