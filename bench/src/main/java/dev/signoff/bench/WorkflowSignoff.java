package dev.signoff.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signoff.bench.WorkflowContracts.ContractFile;
import dev.signoff.bench.WorkflowUsers.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signoff through its REST API over real HTTP on the loopback interface, with client-credentials
 * tokens of the built-in identity provider; the same requests as the API contract tests make.
 */
final class WorkflowSignoff implements WorkflowTarget {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** A response: status and body. */
  private record Reply(int status, String body) {
    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }

  private final URI base;
  private final HttpClient http;
  private volatile WorkflowRecorder recorder = new WorkflowRecorder();
  private final List<ContractFile> contracts;
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  WorkflowSignoff(URI base, List<ContractFile> contracts) {
    if (!base.getHost().equals("127.0.0.1")) {
      throw new IllegalArgumentException("Signoff must be on 127.0.0.1, not " + base);
    }
    this.base = base;
    this.contracts = contracts;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @Override
  public void recordInto(WorkflowRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public String name() {
    return "Signoff (REST API)";
  }

  /** Fetches the token of every user before the run, so that the run measures only the work. */
  void signIn(List<User> users) {
    for (User user : users) {
      tokenOf(user);
    }
  }

  @Override
  public String submit(User owner, int sequence) {
    ContractFile contract = contracts.get(sequence % contracts.size());
    ObjectNode deal = JSON.createObjectNode();
    deal.put("title", contract.deal().title() + " #" + sequence);
    deal.put("vendor", contract.deal().vendor());
    deal.putArray("models").add(contract.deal().models().get(0));
    // A low-risk deal sheet: the four standing reviews, no privacy officer or AI risk committee.
    deal.put("hostingModel", "VENDOR_SAAS");
    deal.put("useCase", "Summarise support tickets");
    deal.put("personalData", false);
    String boundary = "signoff-bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(
        body,
        boundary,
        "deal",
        null,
        "application/json",
        deal.toString().getBytes(StandardCharsets.UTF_8));
    part(
        body,
        boundary,
        "contract",
        contract.fileName(),
        "application/octet-stream",
        contract.bytes());
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        request(owner, "/api/deals")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    long started = System.nanoTime();
    Reply reply = send(owner, request, "submit deal");
    if (reply.status() != 201) {
      return null;
    }
    recorder.dealSubmitted(started, System.nanoTime());
    return reply.json().get("id").asText();
  }

  @Override
  public List<OpenTask> inbox(User user) {
    Reply reply = send(user, request(user, "/api/tasks").GET(), "inbox");
    if (reply.status() != 200) {
      return null;
    }
    List<OpenTask> tasks = new ArrayList<>();
    for (JsonNode task : reply.json()) {
      tasks.add(
          new OpenTask(
              task.get("id").asText(),
              task.get("dealId").asText(),
              kind(task.get("kind").asText()),
              task.path("candidateGroup").asText(null),
              task.path("assignee").isNull() ? null : task.path("assignee").asText(null)));
    }
    return tasks;
  }

  private static Kind kind(String kind) {
    return switch (kind) {
      case "REVIEW" -> Kind.REVIEW;
      case "PRE_SIGNOFF" -> Kind.PRE_SIGNOFF;
      case "FINAL_APPROVAL" -> Kind.FINAL_APPROVAL;
      default -> Kind.OTHER;
    };
  }

  @Override
  public boolean claim(User user, OpenTask task) {
    return post(user, "/api/tasks/" + task.id() + "/claim", "{}", "claim").status() == 200;
  }

  @Override
  public boolean review(User user, OpenTask task, boolean comment) {
    Reply checklist =
        send(user, request(user, "/api/tasks/" + task.id() + "/checklist").GET(), "checklist read");
    if (checklist.status() != 200) {
      return false;
    }
    ObjectNode answers = JSON.createObjectNode();
    ArrayNode list = answers.putArray("answers");
    for (JsonNode section : checklist.json().at("/checklist/sections")) {
      for (JsonNode item : section.get("items")) {
        ObjectNode answer = list.addObject();
        answer.put("itemId", item.get("id").asText());
        answer.put("answer", "SATISFIED");
        answer.put("note", "Checked against the contract.");
        answer.putArray("clauseRefs");
      }
    }
    Reply answered =
        send(
            user,
            request(user, "/api/tasks/" + task.id() + "/checklist")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(answers.toString())),
            "checklist answer");
    if (answered.status() != 200) {
      return false;
    }
    if (comment) {
      ObjectNode thread = JSON.createObjectNode();
      thread.put("anchorKind", "DEAL");
      thread.put("body", "Reviewed by " + user.name() + ": the liability cap reads as agreed.");
      if (post(user, "/api/deals/" + task.dealId() + "/threads", thread.toString(), "comment")
              .status()
          != 201) {
        return false;
      }
    }
    ObjectNode decision = JSON.createObjectNode();
    decision.put("outcome", "APPROVE");
    decision.put("comment", "Looks fine to " + user.group() + ".");
    return decide(user, task, decision, "review decision").status() == 200;
  }

  @Override
  public boolean confirmPreSignoff(User user, OpenTask task) {
    ObjectNode decision = JSON.createObjectNode();
    decision.put("outcome", "APPROVE");
    decision.put("comment", "Ready to sign.");
    ObjectNode confirmations = decision.putObject("confirmations");
    confirmations.put("contractMatchesDeployment", true);
    confirmations.put("riskAcceptable", true);
    confirmations.put("monitoringInPlace", true);
    return decide(user, task, decision, "pre-signoff decision").status() == 200;
  }

  @Override
  public boolean approveFinally(User user, OpenTask task) {
    ObjectNode decision = JSON.createObjectNode();
    decision.put("outcome", "APPROVE");
    decision.put("comment", "Sign it.");
    long started = System.nanoTime();
    Reply reply = decide(user, task, decision, "final approval");
    boolean signed =
        reply.status() == 200 && "SIGNED".equals(reply.json().path("dealStage").asText());
    if (signed) {
      recorder.dealCompleted(started, System.nanoTime());
    }
    return signed;
  }

  @Override
  public void searchPrecedents(User user, String query) {
    send(
        user,
        request(user, "/api/precedents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
            .GET(),
        "precedent search");
  }

  private Reply decide(User user, OpenTask task, ObjectNode decision, String operation) {
    return post(user, "/api/tasks/" + task.id() + "/decision", decision.toString(), operation);
  }

  private Reply post(User user, String path, String json, String operation) {
    return send(
        user,
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)),
        operation);
  }

  private HttpRequest.Builder request(User user, String path) {
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Accept", "application/json, application/problem+json")
        .header("Authorization", "Bearer " + tokenOf(user));
  }

  /** Sends the request and records it; a refused token (expired) is fetched again once. */
  private Reply send(User user, HttpRequest.Builder request, String operation) {
    long started = System.nanoTime();
    Reply reply;
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      reply = new Reply(response.statusCode(), response.body());
      if (reply.status() == 401) {
        tokens.remove(user.clientId());
        request.setHeader("Authorization", "Bearer " + tokenOf(user));
        started = System.nanoTime();
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        reply = new Reply(response.statusCode(), response.body());
      }
    } catch (IOException e) {
      reply = new Reply(599, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      reply = new Reply(599, e.toString());
    }
    recorder.record(operation, started, System.nanoTime(), reply.status(), reply.body());
    return reply;
  }

  private String tokenOf(User user) {
    return tokens.computeIfAbsent(user.clientId(), client -> requestToken(user));
  }

  private String requestToken(User user) {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                (user.clientId() + ":" + user.clientSecret()).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/oauth2/token"))
            .timeout(TIMEOUT)
            .header("Authorization", "Basic " + credentials)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "No token for "
                + user.clientId()
                + ": "
                + response.statusCode()
                + " "
                + response.body());
      }
      return JSON.readTree(response.body()).get("access_token").asText();
    } catch (IOException e) {
      throw new IllegalStateException("No token for " + user.clientId(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while signing in " + user.clientId(), e);
    }
  }

  private static void part(
      ByteArrayOutputStream body,
      String boundary,
      String name,
      String fileName,
      String contentType,
      byte[] content) {
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\""
            + (fileName == null ? "" : "; filename=\"" + fileName + "\"")
            + "\r\nContent-Type: "
            + contentType
            + "\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
