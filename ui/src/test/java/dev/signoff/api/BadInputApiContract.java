package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.contract;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.signoff.api.SignoffApi.Part;
import dev.signoff.api.SignoffApi.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;

/**
 * A corpus of bad input, built here, fired at every endpoint of the API that takes input (every
 * POST, PUT, PATCH and DELETE under /api, and every GET with query parameters, read from the
 * server's request mappings so that a new endpoint is not forgotten): malformed and truncated DOCX
 * and PDF files, wrong content types, files over the limit (streamed) and empty ones, invalid JSON,
 * wrong field types, missing fields, over-long strings, text that is not text (NUL, control
 * characters, unpaired surrogates, non-characters), and file names that climb out of a folder. Each
 * is refused with a 4xx problem and stores nothing. Hostile but valid text (SQL, expression
 * language, markup, bidirectional and zero-width characters) may be taken as text: then it must
 * come back exactly as sent. Mixed into {@link DealReviewApiContract}, so it runs on each database.
 */
interface BadInputApiContract {

  SignoffApi api();

  JdbcTemplate jdbc();

  ApplicationContext context();

  JsonNode taskOf(String user, String dealId);

  void requestChangesAndApproveTheRest(String dealId, String requester);

  ObjectMapper JSON = new ObjectMapper();
  JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Text that is not text: refused wherever text is taken. */
  Map<String, String> NOT_TEXT =
      linked(
          "NUL", "a\u0000b",
          "bell", "ring\u0007",
          "escape", "\u001b[31mred",
          "lone high surrogate", "x\ud800y",
          "lone low surrogate", "\udc00",
          "non-character U+FFFF", "x\uffff",
          "non-character U+FDD0", "\ufdd0",
          "C1 control", "a\u0085b");

  /** Hostile but valid text: may be taken, and then must come back unchanged. */
  Map<String, String> HOSTILE_TEXT =
      linked(
          "SQL", "x'; DROP TABLE deal; --",
          "expression language", "${7*7} #{7*7} %{7*7} {{7*7}}",
          "markup", "<script>alert(1)</script><img src=x onerror=alert(2)>",
          "path traversal", "../../etc/passwd ..\\..\\windows\\win.ini",
          "right-to-left override", "invoice\u202Egpj.exe",
          "zero-width", "zero\u200Bwidth\u200Djoin\uFEFF",
          "astral", "\uD83D\uDE00 emoji and \uD801\uDC37");

  /** File names that climb out of a folder: kept (if at all) as their last segment only. */
  List<String> TRAVERSAL_NAMES =
      List.of("../../etc/passwd.md", "..\\..\\windows\\win.ini.md", "/etc/shadow.md", "C:\\x.md");

  @Test
  default void everyEndpointRefusesBadInputWithAProblemAndStoresNothing() throws Exception {
    Fixture fixture = fixture();
    List<Endpoint> endpoints = endpointsTakingInput();
    assertThat(endpoints.stream().map(Endpoint::toString))
        .contains(
            "POST /api/deals",
            "POST /api/tasks/{taskId}/decision",
            "POST /api/tasks/{taskId}/revision",
            "POST /api/deals/{dealId}/contract/versions",
            "POST /api/deals/{dealId}/threads",
            "GET /api/precedents");
    List<Case> cases = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      cases.addAll(casesFor(endpoint, fixture));
    }
    Set<String> covered = new LinkedHashSet<>();
    cases.forEach(c -> covered.add(c.endpoint()));
    assertThat(covered).as("every endpoint that takes input has cases").hasSize(endpoints.size());

    List<String> violations = new ArrayList<>();
    int refused = 0;
    int failed = 0;
    int stored = 0;
    awaitQuiet();
    // Refused input first: hostile text that is taken changes the fixture's state afterwards.
    cases.sort(Comparator.comparing(Case::mayBeTaken));
    for (Case c : cases) {
      Map<String, Long> before = c.mayBeTaken() ? Map.of() : storedState();
      Reply reply;
      try {
        reply = c.send().apply(api());
      } catch (RuntimeException | AssertionError e) {
        violations.add(c + " → no answer: " + e);
        failed++;
        continue;
      }
      String problem = problemViolation(reply);
      if (reply.status() >= 500) {
        failed++;
        violations.add(c + " → " + reply.status() + " " + reply.body());
      } else if (reply.status() >= 400) {
        refused++;
        if (problem != null) {
          violations.add(c + " → " + problem);
        }
      } else if (!c.mayBeTaken()) {
        violations.add(c + " → taken: " + reply.status() + " " + reply.body());
      } else if (c.check() != null) {
        String wrong = c.check().apply(reply);
        if (wrong != null) {
          violations.add(c + " → taken but " + wrong);
        }
      }
      if (!c.mayBeTaken()) {
        Map<String, Long> after = storedState();
        if (!after.equals(before)) {
          stored++;
          violations.add(c + " → stored: " + difference(before, after));
        }
      }
    }
    violations.forEach(violation -> System.out.println("bad-input violation: " + violation));
    System.out.printf(
        "bad-input: cases=%d endpoints=%d 4xx=%d 5xx=%d stored=%d%n",
        cases.size(), endpoints.size(), refused, failed, stored);
    assertThat(cases.size()).isGreaterThanOrEqualTo(100);
    assertThat(violations).as("bad input not refused cleanly").isEmpty();
  }

  // --- the endpoints ---

  /**
   * One endpoint from the request mappings: its JSON body type (null for none), its multipart parts
   * and its query parameters.
   */
  record Endpoint(
      HttpMethod method,
      String pattern,
      Class<?> body,
      List<String> fileParts,
      Map<String, Class<?>> textParts,
      Map<String, Class<?>> queryParameters) {

    boolean multipart() {
      return !fileParts.isEmpty();
    }

    List<String> pathVariables() {
      List<String> names = new ArrayList<>();
      java.util.regex.Matcher matcher =
          java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(pattern);
      while (matcher.find()) {
        names.add(matcher.group(1));
      }
      return names;
    }

    @Override
    public String toString() {
      return method + " " + pattern;
    }
  }

  private List<Endpoint> endpointsTakingInput() {
    RequestMappingHandlerMapping mappings =
        context().getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
    List<Endpoint> endpoints = new ArrayList<>();
    DefaultParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping :
        mappings.getHandlerMethods().entrySet()) {
      HandlerMethod handler = mapping.getValue();
      Class<?> body = null;
      List<String> fileParts = new ArrayList<>();
      Map<String, Class<?>> textParts = new LinkedHashMap<>();
      Map<String, Class<?>> query = new LinkedHashMap<>();
      for (MethodParameter parameter : handler.getMethodParameters()) {
        parameter.initParameterNameDiscovery(names);
        RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (parameter.hasParameterAnnotation(RequestBody.class)) {
          body = parameter.getParameterType();
        } else if (part != null) {
          String name = part.value().isEmpty() ? parameter.getParameterName() : part.value();
          if (MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
            fileParts.add(name);
          } else {
            textParts.put(name, name.equals("deal") ? dev.signoff.deal.DealSheet.class : null);
          }
        } else if (param != null) {
          String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
          query.put(name, parameter.getParameterType());
        }
      }
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          if (method == RequestMethod.GET && query.isEmpty()) {
            continue;
          }
          endpoints.add(
              new Endpoint(
                  HttpMethod.valueOf(method.name()),
                  pattern,
                  body,
                  List.copyOf(fileParts),
                  textParts,
                  query));
        }
      }
    }
    endpoints.sort(Comparator.comparing(Endpoint::toString));
    return endpoints;
  }

  // --- the cases ---

  /**
   * One bad request.
   *
   * @param mayBeTaken whether the input is valid text that may be taken (else it must be refused
   *     and store nothing)
   * @param check for input that may be taken: what is wrong with the answer that took it, or null
   */
  record Case(
      String endpoint,
      String what,
      boolean mayBeTaken,
      Function<SignoffApi, Reply> send,
      Function<Reply, String> check) {
    @Override
    public String toString() {
      return endpoint + " [" + what + "]";
    }
  }

  /** The ids the requests refer to, and who may act on them. */
  record Fixture(
      String dealId,
      String taskId,
      String threadId,
      String commentId,
      String revisionDealId,
      String revisionTaskId) {}

  private Fixture fixture() {
    String dealId = submitted("Bad input " + uniqueWord());
    String taskId = taskOf("legal", dealId).get("id").asText();
    Reply thread =
        api()
            .post(
                "owner",
                "/api/deals/" + dealId + "/threads",
                Map.of("anchorKind", "DEAL", "body", "A first comment."));
    assertThat(thread.status()).as(String.valueOf(thread.body())).isEqualTo(201);
    String revisionDealId = submitted("Bad revision " + uniqueWord());
    requestChangesAndApproveTheRest(revisionDealId, "legal");
    return new Fixture(
        dealId,
        taskId,
        thread.body().get("id").asText(),
        thread.body().at("/comments/0/id").asText(),
        revisionDealId,
        taskOf("owner", revisionDealId).get("id").asText());
  }

  /** Who sends requests to the endpoint: someone allowed to, so that the input is looked at. */
  private static String userFor(Endpoint endpoint) {
    if (endpoint.pattern().startsWith("/api/tasks/") && !endpoint.pattern().endsWith("/revision")) {
      return "legal";
    }
    if (endpoint.pattern().startsWith("/api/precedents/rebuild")
        || endpoint.pattern().startsWith("/api/audit")) {
      return "admin";
    }
    return "owner";
  }

  private static Map<String, String> pathValues(Endpoint endpoint, Fixture fixture) {
    boolean revision =
        endpoint.pattern().endsWith("/revision")
            || endpoint.pattern().endsWith("/contract/versions");
    Map<String, String> values = new LinkedHashMap<>();
    values.put("dealId", revision ? fixture.revisionDealId() : fixture.dealId());
    values.put("taskId", revision ? fixture.revisionTaskId() : fixture.taskId());
    values.put("threadId", fixture.threadId());
    values.put("commentId", fixture.commentId());
    values.put("notificationId", UUID.randomUUID().toString());
    values.put("version", "1");
    values.put("user", "legal");
    return values;
  }

  private static String path(Endpoint endpoint, Map<String, String> values) {
    String path = endpoint.pattern();
    for (String variable : endpoint.pathVariables()) {
      String value = values.getOrDefault(variable, UUID.randomUUID().toString());
      path =
          path.replace(
              "{" + variable + "}", UriUtils.encodePathSegment(value, StandardCharsets.UTF_8));
    }
    return path;
  }

  private List<Case> casesFor(Endpoint endpoint, Fixture fixture) throws IOException {
    List<Case> cases = new ArrayList<>();
    String user = userFor(endpoint);
    Map<String, String> values = pathValues(endpoint, fixture);
    String path = path(endpoint, values);
    String name = endpoint.toString();
    HttpMethod method = endpoint.method();

    // Path variables: ids of the wrong shape, injections, over-long ones, text that is not text.
    for (String variable : endpoint.pathVariables()) {
      Map<String, String> bad =
          linked(
              "SQL in " + variable, "1' OR '1'='1",
              "expression in " + variable, "${7*7}",
              "over-long " + variable, "9".repeat(3000),
              "bell in " + variable, "a\u0007b");
      bad.forEach(
          (what, value) -> {
            Map<String, String> changed = new LinkedHashMap<>(values);
            changed.put(variable, value);
            String badPath = path(endpoint, changed);
            cases.add(
                refused(name, what, api -> send(api, endpoint, user, badPath, fixture, values)));
          });
    }

    // Query parameters of the wrong type, over-long, not text; hostile text may be searched for.
    for (Map.Entry<String, Class<?>> parameter : endpoint.queryParameters().entrySet()) {
      String param = parameter.getKey();
      Map<String, String> others = new LinkedHashMap<>();
      endpoint
          .queryParameters()
          .forEach((other, type) -> others.put(other, plausibleQueryValue(other, type, values)));
      Map<String, String> bad = new LinkedHashMap<>();
      Map<String, String> hostile = new LinkedHashMap<>();
      Class<?> type = parameter.getValue();
      if (type == String.class || List.class.isAssignableFrom(type)) {
        bad.put("NUL", "a\u0000b");
        bad.put("escape", "\u001b[2J");
        bad.put("non-character", "\uffff");
        hostile.put("SQL", "x' OR 1=1 --");
        hostile.put("expression language", "${7*7}#{7*7}");
        hostile.put("path traversal", "../../etc/passwd");
      } else {
        bad.put("wrong type", "abc");
        bad.put("expression language", "${7*7}");
        bad.put("overflow", "99999999999999999999999");
        bad.put("NUL", "\u0000");
      }
      bad.forEach(
          (what, value) ->
              cases.add(
                  refused(
                      name,
                      what + " in ?" + param,
                      api ->
                          api.raw(
                              method, user, withQuery(path, others, param, value), null, null))));
      hostile.forEach(
          (what, value) ->
              cases.add(
                  taken(
                      name,
                      what + " in ?" + param,
                      api ->
                          api.raw(method, user, withQuery(path, others, param, value), null, null),
                      null)));
    }

    if (endpoint.body() != null) {
      cases.addAll(jsonBodyCases(endpoint, user, path));
    }
    if (endpoint.multipart()) {
      cases.addAll(multipartCases(endpoint, user, path, fixture));
    }
    if (method == HttpMethod.POST) {
      cases.add(
          refused(
              name,
              "invalid Idempotency-Key",
              api ->
                  send(
                      api.withHeader("Idempotency-Key", "no spaces allowed"),
                      endpoint,
                      user,
                      path,
                      fixture,
                      values)));
    }
    return cases;
  }

  /** A multipart request of the given parts, framed with the boundary the cases use. */
  private static Reply multipart(
      SignoffApi api, HttpMethod method, String user, String path, List<Part> parts) {
    return api.raw(
        method,
        user,
        path,
        "multipart/form-data; boundary=bad-input",
        SignoffApi.multipart("bad-input", parts));
  }

  /** The endpoint called with plausible input on the given path. */
  private Reply send(
      SignoffApi api,
      Endpoint endpoint,
      String user,
      String path,
      Fixture fixture,
      Map<String, String> values) {
    if (endpoint.multipart()) {
      return multipart(
          api,
          endpoint.method(),
          user,
          path,
          plausibleParts(endpoint, contract("x"), "contract.md"));
    }
    if (endpoint.body() != null) {
      return api.raw(
          endpoint.method(), user, path, "application/json", bytes(baseline(endpoint.body())));
    }
    Map<String, String> query = new LinkedHashMap<>();
    endpoint
        .queryParameters()
        .forEach((name, type) -> query.put(name, plausibleQueryValue(name, type, values)));
    return api.raw(endpoint.method(), user, withQuery(path, query, null, null), null, null);
  }

  private List<Case> jsonBodyCases(Endpoint endpoint, String user, String path) {
    List<Case> cases = new ArrayList<>();
    String name = endpoint.toString();
    HttpMethod method = endpoint.method();
    Map<String, byte[]> malformed = new LinkedHashMap<>();
    malformed.put("truncated JSON", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
    malformed.put("not JSON", "hello".getBytes(StandardCharsets.UTF_8));
    malformed.put("invalid UTF-8", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
    malformed.put("array instead of object", "[1,2]".getBytes(StandardCharsets.UTF_8));
    malformed.put("number instead of object", "42".getBytes(StandardCharsets.UTF_8));
    malformed.put("empty body", new byte[0]);
    malformed.put("missing fields", "{}".getBytes(StandardCharsets.UTF_8));
    malformed.put(
        "deeply nested", ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8));
    malformed.forEach(
        (what, body) ->
            cases.add(
                refused(name, what, api -> api.raw(method, user, path, "application/json", body))));
    byte[] valid = bytes(baseline(endpoint.body()));
    cases.add(
        refused(
            name,
            "JSON sent as text/plain",
            api -> api.raw(method, user, path, "text/plain", valid)));
    cases.add(
        refused(
            name,
            "JSON sent as XML",
            api -> api.raw(method, user, path, "application/xml", "<a/>".getBytes())));
    cases.addAll(
        fieldCases(
            name, endpoint.body(), (what, json) -> refusedJson(endpoint, user, path, what, json)));
    boolean comment =
        endpoint.body().isRecord()
            && Arrays.stream(endpoint.body().getRecordComponents())
                .anyMatch(component -> component.getName().equals("body"));
    if (comment) {
      cases.addAll(hostileComments(endpoint, user, path));
    }
    return cases;
  }

  private Case refusedJson(
      Endpoint endpoint, String user, String path, String what, ObjectNode json) {
    byte[] body = bytes(json);
    return refused(
        endpoint.toString(),
        what,
        api -> api.raw(endpoint.method(), user, path, "application/json", body));
  }

  /**
   * One case per field and kind of wrong value, made from a plausible body with that field changed;
   * with text that is not text, the JSON holds the escaped characters.
   */
  private List<Case> fieldCases(
      String name, Class<?> type, java.util.function.BiFunction<String, ObjectNode, Case> refusal) {
    List<Case> cases = new ArrayList<>();
    if (!type.isRecord()) {
      return cases;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      String field = component.getName();
      Class<?> fieldType = component.getType();
      Map<String, JsonNode> wrong = new LinkedHashMap<>();
      wrong.put("object", NODES.objectNode().put("x", 1));
      if (fieldType == String.class) {
        wrong.put("number", NODES.numberNode(42));
        wrong.put("boolean", NODES.booleanNode(true));
        wrong.put("array", NODES.arrayNode().add("x"));
        wrong.put("100,000 characters", NODES.textNode("x".repeat(100_000)));
        NOT_TEXT.forEach((what, text) -> wrong.put(what, NODES.textNode(text)));
      } else if (fieldType == boolean.class || fieldType == Boolean.class) {
        wrong.put("string", NODES.textNode("yes"));
        wrong.put("number", NODES.numberNode(1));
      } else if (fieldType == int.class || fieldType == Integer.class) {
        wrong.put("string", NODES.textNode("one"));
        wrong.put("fraction", NODES.numberNode(1.5));
        wrong.put("overflow", NODES.numberNode(new java.math.BigInteger("9".repeat(30))));
      } else if (fieldType.isEnum()) {
        wrong.put("unknown constant", NODES.textNode("NO_SUCH_" + field.toUpperCase()));
        wrong.put("number", NODES.numberNode(1));
      } else if (List.class.isAssignableFrom(fieldType)) {
        wrong.put("string", NODES.textNode("not a list"));
        wrong.put("null element", NODES.arrayNode().addNull());
        wrong.put("10,000 elements", repeated(elementType(component), 10_000));
      }
      wrong.forEach(
          (what, value) -> {
            ObjectNode json = baseline(type);
            json.set(field, value);
            cases.add(refusal.apply(what + " in " + field, json));
          });
    }
    return cases;
  }

  private List<Case> multipartCases(Endpoint endpoint, String user, String path, Fixture fixture)
      throws IOException {
    List<Case> cases = new ArrayList<>();
    String name = endpoint.toString();
    HttpMethod method = endpoint.method();
    byte[] docx = docx("12. Liability. The cap equals twelve months of fees.");
    byte[] pdf = pdf("12. Liability. The cap equals twelve months of fees.");
    Map<String, Map.Entry<String, byte[]>> files = new LinkedHashMap<>();
    files.put("empty file", Map.entry("contract.md", new byte[0]));
    files.put("DOCX cut in half", Map.entry("contract.docx", Arrays.copyOf(docx, docx.length / 2)));
    files.put(
        "DOCX cut to its first 30 bytes", Map.entry("contract.docx", Arrays.copyOf(docx, 30)));
    files.put("DOCX with corrupted entries", Map.entry("contract.docx", corrupted(docx)));
    files.put(
        "DOCX with broken XML",
        Map.entry("contract.docx", HostileFiles.docx("<w:t>unclosed <b></w:t>").clone()));
    files.put("PDF cut to its header", Map.entry("contract.pdf", Arrays.copyOf(pdf, 40)));
    files.put("PDF with garbage after its header", Map.entry("contract.pdf", garbagePdf(pdf)));
    files.put("PNG named .pdf", Map.entry("contract.pdf", DealReviewApiContract.png()));
    files.put("PNG", Map.entry("contract.png", DealReviewApiContract.png()));
    files.put("HTML named .md", Map.entry("contract.md", HostileFiles.htmlPage()));
    files.put("ZIP that is no DOCX", Map.entry("contract.docx", zipOf("notes.txt", "hello")));
    files.put("executable", Map.entry("contract.exe", executable()));
    files.put("binary named .md", Map.entry("contract.md", binary()));
    files.forEach(
        (what, file) ->
            cases.add(
                refused(
                    name,
                    what,
                    api ->
                        multipart(
                            api,
                            method,
                            user,
                            path,
                            plausibleParts(endpoint, file.getValue(), file.getKey())))));
    cases.add(
        refused(
            name,
            "no file part",
            api ->
                multipart(
                    api,
                    method,
                    user,
                    path,
                    plausibleParts(endpoint, contract("x"), "contract.md").stream()
                        .filter(part -> part.fileName() == null)
                        .toList())));
    cases.add(
        refused(
            name,
            "multipart without its boundary",
            api -> api.raw(method, user, path, "multipart/form-data", "junk".getBytes())));
    cases.add(
        refused(
            name,
            "multipart body cut short",
            api -> {
              byte[] body =
                  SignoffApi.multipart(
                      "bad-input", plausibleParts(endpoint, contract("x"), "contract.md"));
              return api.raw(
                  method,
                  user,
                  path,
                  "multipart/form-data; boundary=bad-input",
                  Arrays.copyOf(body, body.length - 30));
            }));
    cases.add(
        refused(
            name,
            "file of 30 MB, streamed",
            api -> {
              List<Part> texts =
                  plausibleParts(endpoint, new byte[0], "x").stream()
                      .filter(part -> part.fileName() == null)
                      .toList();
              try {
                return api.postStreaming(
                        user, path, texts, endpoint.fileParts().get(0), 30L * 1024 * 1024)
                    .reply();
              } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
              }
            }));
    for (String fileName : List.of("a\u0000b.md", "bell\u0007.md", "x".repeat(300) + ".md")) {
      cases.add(
          refused(
              name,
              "file name " + printable(fileName),
              api ->
                  multipart(
                      api, method, user, path, plausibleParts(endpoint, contract("n"), fileName))));
    }
    // Text parts: the deal sheet as JSON, notes and answers as text.
    for (Map.Entry<String, Class<?>> part : endpoint.textParts().entrySet()) {
      String partName = part.getKey();
      java.util.function.BiFunction<String, byte[], Case> withPart =
          (what, content) ->
              refused(
                  name,
                  what + " in part " + partName,
                  api ->
                      multipart(
                          api,
                          method,
                          user,
                          path,
                          replacePart(
                              plausibleParts(endpoint, contract("p"), "contract.md"),
                              partName,
                              content)));
      if (part.getValue() != null) {
        cases.add(withPart.apply("truncated JSON", "{\"title\": \"x".getBytes()));
        cases.add(withPart.apply("JSON array", "[]".getBytes()));
        cases.add(withPart.apply("missing fields", "{}".getBytes()));
        cases.addAll(
            fieldCases(
                name + " part " + partName,
                part.getValue(),
                (what, json) -> withPart.apply(what, bytes(json))));
      } else {
        cases.add(withPart.apply("100,000 characters", "x".repeat(100_000).getBytes()));
        NOT_TEXT.forEach((what, text) -> cases.add(withPart.apply(what, wtf8(text))));
      }
    }
    // File names that climb out of a folder are kept as their last segment, if taken at all.
    for (String fileName : TRAVERSAL_NAMES) {
      cases.add(
          taken(
              name,
              "file name " + fileName,
              api ->
                  multipart(
                      api,
                      method,
                      user,
                      path,
                      plausibleParts(endpoint, contract(uniqueWord()), fileName)),
              reply -> fileNamesWithSeparators(endpoint, fixture, reply)));
    }
    return cases;
  }

  /** What is wrong with the stored file names after a file name with folders was taken. */
  private String fileNamesWithSeparators(Endpoint endpoint, Fixture fixture, Reply reply) {
    String dealId =
        endpoint.pattern().equals("/api/deals")
            ? reply.body().get("id").asText()
            : fixture.revisionDealId();
    Reply versions = api().get("owner", "/api/deals/" + dealId + "/contract/versions");
    for (JsonNode version : versions.body()) {
      String stored = version.get("fileName").asText();
      if (stored.contains("/") || stored.contains("\\") || stored.contains("..")) {
        return "the file name was stored as " + stored;
      }
    }
    return null;
  }

  // --- hostile text that may be taken: comments ---

  /**
   * Hostile but valid text as a comment: taken as text (or refused), and if taken, stored and
   * returned exactly as sent, with the rendered HTML free of live markup.
   */
  private List<Case> hostileComments(Endpoint endpoint, String user, String path) {
    List<Case> cases = new ArrayList<>();
    HOSTILE_TEXT.forEach(
        (what, text) -> {
          ObjectNode json = baseline(endpoint.body());
          json.put("body", text);
          byte[] body = bytes(json);
          cases.add(
              taken(
                  endpoint.toString(),
                  what + " as the comment",
                  api -> api.raw(endpoint.method(), user, path, "application/json", body),
                  reply -> verbatim(reply, text)));
        });
    return cases;
  }

  /** What is wrong with a comment answer that took the text, or null. */
  private static String verbatim(Reply reply, String text) {
    JsonNode comment = reply.body().has("comments") ? reply.body().at("/comments/0") : reply.body();
    if (!text.equals(comment.path("body").asText(null))) {
      return "the body came back as " + comment.path("body");
    }
    String html = comment.path("bodyHtml").asText("");
    if (html.contains("<script") || html.contains("onerror=") || html.contains("<img")) {
      return "the rendered HTML keeps live markup: " + html;
    }
    return null;
  }

  // --- checking ---

  /** Why the answer is not a proper problem, or null. */
  private static String problemViolation(Reply reply) {
    if (reply.status() < 400) {
      return null;
    }
    String type =
        reply.headers().getContentType() == null
            ? null
            : reply.headers().getContentType().toString();
    if (type == null || !type.startsWith("application/problem+json")) {
      return reply.status() + " with content type " + type + ": " + reply.body();
    }
    if (reply.body() == null
        || reply.body().get("status") == null
        || reply.body().get("status").asInt() != reply.status()
        || reply.body().get("title") == null) {
      return reply.status() + " with a body that is no problem: " + reply.body();
    }
    return null;
  }

  /**
   * What a request may have stored: rows of every table it could add to, the versions of threads
   * and comments, task assignments and process instances (access denials excepted: they are the log
   * of refusals).
   */
  private Map<String, Long> storedState() {
    Map<String, Long> state = new LinkedHashMap<>();
    for (String table :
        List.of(
            "deal",
            "sign_off",
            "sign_off_condition",
            "contract_document",
            "contract_content",
            "deal_timeline",
            "checklist_answer",
            "comment_thread",
            "thread_comment",
            "comment_mention",
            "notification",
            "deal_member",
            "precedent_change",
            "idempotent_request")) {
      state.put(table, jdbc().queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
    }
    state.put(
        "audit entries",
        jdbc()
            .queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE action <> 'access.denied'", Long.class));
    state.put(
        "thread versions",
        jdbc().queryForObject("SELECT COALESCE(SUM(version), 0) FROM comment_thread", Long.class));
    state.put(
        "comment versions",
        jdbc().queryForObject("SELECT COALESCE(SUM(version), 0) FROM thread_comment", Long.class));
    state.put(
        "process instances",
        context().getBean(RuntimeService.class).createProcessInstanceQuery().count());
    state.put("tasks", context().getBean(TaskService.class).createTaskQuery().count());
    state.put(
        "assigned tasks",
        context().getBean(TaskService.class).createTaskQuery().taskAssigned().count());
    return state;
  }

  private static String difference(Map<String, Long> before, Map<String, Long> after) {
    List<String> changed = new ArrayList<>();
    after.forEach(
        (key, value) -> {
          if (!value.equals(before.get(key))) {
            changed.add(key + " " + before.get(key) + "→" + value);
          }
        });
    return String.join(", ", changed);
  }

  /**
   * Waits until the after-commit handlers of the fixture's requests and the engine's due jobs have
   * run, so that what they store is not taken for what a bad request stored.
   */
  private void awaitQuiet() throws InterruptedException {
    org.camunda.bpm.engine.ManagementService jobs =
        context().getBean(org.camunda.bpm.engine.ManagementService.class);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && (jdbc()
                    .queryForObject(
                        "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL",
                        Long.class)
                > 0
            || jobs.createJobQuery().executable().count() > 0)) {
      Thread.sleep(50);
    }
  }

  // --- building requests ---

  private static Case refused(String endpoint, String what, Function<SignoffApi, Reply> send) {
    return new Case(endpoint, what, false, send, null);
  }

  private static Case taken(
      String endpoint,
      String what,
      Function<SignoffApi, Reply> send,
      Function<Reply, String> check) {
    return new Case(endpoint, what, true, send, check);
  }

  private static List<Part> plausibleParts(Endpoint endpoint, byte[] file, String fileName) {
    List<Part> parts = new ArrayList<>();
    endpoint
        .textParts()
        .forEach(
            (name, type) ->
                parts.add(
                    type != null
                        ? new Part(
                            name,
                            null,
                            "application/json",
                            dealJson("Bad input " + uniqueWord()).getBytes(StandardCharsets.UTF_8))
                        : new Part(name, null, "text/plain", "A note.".getBytes())));
    for (String fileField : endpoint.fileParts()) {
      parts.add(new Part(fileField, fileName, "application/octet-stream", file));
    }
    return parts;
  }

  private static List<Part> replacePart(List<Part> parts, String name, byte[] content) {
    return parts.stream()
        .map(
            part ->
                part.name().equals(name) ? new Part(name, null, part.contentType(), content) : part)
        .toList();
  }

  private static String plausibleQueryValue(
      String name, Class<?> type, Map<String, String> values) {
    if (type == UUID.class) {
      return values.get("dealId");
    }
    if (type == int.class || type == Integer.class || type == long.class) {
      return "1";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "false";
    }
    return switch (name) {
      case "q" -> "liability";
      case "format" -> "json";
      case "status" -> "all";
      case "order" -> "unread-first";
      default -> "x";
    };
  }

  private static String withQuery(
      String path, Map<String, String> query, String replaced, String replacement) {
    StringBuilder uri = new StringBuilder(path);
    char separator = '?';
    for (Map.Entry<String, String> parameter : query.entrySet()) {
      String value = parameter.getKey().equals(replaced) ? replacement : parameter.getValue();
      uri.append(separator)
          .append(parameter.getKey())
          .append('=')
          .append(UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8));
      separator = '&';
    }
    return uri.toString();
  }

  /** A body in which every field has a plausible value of its type. */
  private static ObjectNode baseline(Class<?> type) {
    ObjectNode json = NODES.objectNode();
    if (!type.isRecord()) {
      return json;
    }
    for (RecordComponent component : type.getRecordComponents()) {
      json.set(component.getName(), plausible(component.getType(), component.getGenericType()));
    }
    return json;
  }

  private static JsonNode plausible(Class<?> type, Type generic) {
    if (type == String.class) {
      return NODES.textNode("fine");
    }
    if (type == boolean.class || type == Boolean.class) {
      return NODES.booleanNode(false);
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return NODES.numberNode(1);
    }
    if (type.isEnum()) {
      return NODES.textNode(((Enum<?>) type.getEnumConstants()[0]).name());
    }
    if (List.class.isAssignableFrom(type)) {
      ArrayNode array = NODES.arrayNode();
      if (generic instanceof ParameterizedType parameterized
          && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
        array.add(plausible(element, element));
      }
      return array;
    }
    if (type.isRecord()) {
      return baseline(type);
    }
    if (type == Map.class) {
      return NODES.objectNode();
    }
    return NODES.nullNode();
  }

  private static Class<?> elementType(RecordComponent component) {
    if (component.getGenericType() instanceof ParameterizedType parameterized
        && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
      return element;
    }
    return String.class;
  }

  private static ArrayNode repeated(Class<?> element, int times) {
    ArrayNode array = NODES.arrayNode();
    JsonNode one = plausible(element, element);
    for (int i = 0; i < times; i++) {
      array.add(one);
    }
    return array;
  }

  private static byte[] bytes(JsonNode json) {
    try {
      return JSON.writeValueAsBytes(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private String submitted(String title) {
    Reply reply = api().submitDeal("owner", dealJson(title), "contract.md", contract(title));
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(201);
    return reply.body().get("id").asText();
  }

  // --- building files ---

  /** A Word document made by Apache POI. */
  static byte[] docx(String text) throws IOException {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.createParagraph().createRun().setText(text);
      document.write(out);
      return out.toByteArray();
    }
  }

  /** A PDF made by Apache PDFBox. */
  static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** The file with its middle third overwritten, so that its entries fail their checksums. */
  private static byte[] corrupted(byte[] file) {
    byte[] copy = file.clone();
    for (int i = copy.length / 3; i < 2 * copy.length / 3; i++) {
      copy[i] = (byte) (copy[i] ^ 0x5A);
    }
    return copy;
  }

  /** A PDF's first line followed by garbage. */
  private static byte[] garbagePdf(byte[] pdf) {
    byte[] copy = pdf.clone();
    for (int i = 16; i < copy.length; i++) {
      copy[i] = (byte) (i * 31);
    }
    return copy;
  }

  private static byte[] zipOf(String name, String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] executable() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    for (int i = 2; i < exe.length; i++) {
      exe[i] = (byte) (i * 7);
    }
    return exe;
  }

  private static byte[] binary() {
    byte[] bytes = new byte[4096];
    new java.util.Random(7).nextBytes(bytes);
    return bytes;
  }

  /**
   * The text as UTF-8, except that an unpaired surrogate is written as the three bytes UTF-8 would
   * give its code point (bytes no well-formed UTF-8 holds) instead of being replaced by '?'.
   */
  private static byte[] wtf8(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)
          && !(Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))) {
        out.write(0xE0 | (c >> 12));
        out.write(0x80 | ((c >> 6) & 0x3F));
        out.write(0x80 | (c & 0x3F));
      } else {
        int end = Character.isHighSurrogate(c) ? i + 2 : i + 1;
        out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
        i = end - 1;
      }
    }
    return out.toByteArray();
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .limit(24)
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return text.length() > 24 ? out + "…(" + text.length() + ")" : out.toString();
  }

  private static <T> Map<String, T> linked(Object... pairs) {
    Map<String, T> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      @SuppressWarnings("unchecked")
      T value = (T) pairs[i + 1];
      map.put((String) pairs[i], value);
    }
    return map;
  }
}
