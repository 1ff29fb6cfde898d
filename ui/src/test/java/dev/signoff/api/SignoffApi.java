package dev.signoff.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** A script's view of Signoff: real HTTP, real tokens from the built-in identity provider. */
final class SignoffApi {

  /** A response: status and JSON body (null when the body is not JSON). */
  record Reply(int status, JsonNode body, HttpHeaders headers) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final RestClient http;
  private final Map<String, String> tokens;
  private final int port;

  SignoffApi(int port) {
    this(port, null);
  }

  /**
   * A client whose requests give up after {@code timeout} (connecting and waiting for the answer);
   * null waits as long as the server takes.
   */
  SignoffApi(int port, java.time.Duration timeout) {
    this.port = port;
    HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1);
    if (timeout != null) {
      client.connectTimeout(timeout);
    }
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client.build());
    if (timeout != null) {
      requests.setReadTimeout(timeout);
    }
    this.tokens = new ConcurrentHashMap<>();
    this.http =
        RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .requestFactory(requests)
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
  }

  private SignoffApi(SignoffApi base, RestClient http) {
    this.port = base.port;
    this.tokens = base.tokens;
    this.http = http;
  }

  /** The same client (and tokens), sending the header with each request. */
  SignoffApi withHeader(String name, String... values) {
    return new SignoffApi(this, http.mutate().defaultHeader(name, values).build());
  }

  /**
   * Users configured for the tests besides the demo users (ui/src/test/resources/config), with
   * their passwords; each acts through its API client {@code api-<user>}.
   */
  static final Map<String, String> CONFIGURED_USERS =
      Map.of(
          "legal-2", "second-legal",
          "security-2", "second-security",
          "engineering-2", "second-engineering",
          "product-2", "second-product");

  /**
   * A bearer token for a demo or configured user, through that user's API client (client
   * credentials).
   */
  String tokenOf(String user) {
    return tokens.computeIfAbsent(user, this::requestToken);
  }

  private String requestToken(String user) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    ResponseEntity<String> response =
        http.post()
            .uri("/oauth2/token")
            .headers(
                headers -> {
                  String password = CONFIGURED_USERS.get(user);
                  if (password == null) {
                    headers.setBasicAuth("demo-" + user, "demo");
                  } else {
                    headers.setBasicAuth("api-" + user, password);
                  }
                })
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .toEntity(String.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("No token for " + user + ": " + response);
    }
    return parse(response.getBody()).get("access_token").asText();
  }

  Reply get(String user, String path) {
    return reply(
        http.get()
            .uri(path)
            .headers(headers -> authorize(headers, user))
            .retrieve()
            .toEntity(String.class));
  }

  /** Precedent search with the query encoded as a script would encode it. */
  Reply searchPrecedents(String user, String query) {
    return reply(
        http.get()
            .uri(uri -> uri.path("/api/precedents").queryParam("q", "{q}").build(query))
            .headers(headers -> authorize(headers, user))
            .retrieve()
            .toEntity(String.class));
  }

  /** Precedent search (or another precedent endpoint) with repeated, encoded parameters. */
  Reply searchPrecedents(String user, Map<String, java.util.List<String>> parameters) {
    return precedents(user, "/api/precedents", parameters);
  }

  /** A GET of a precedent endpoint with repeated, encoded parameters. */
  Reply precedents(String user, String path, Map<String, java.util.List<String>> parameters) {
    return reply(
        http.get()
            .uri(uri -> withParameters(uri.path(path), parameters))
            .headers(headers -> authorize(headers, user))
            .retrieve()
            .toEntity(String.class));
  }

  /** A GET whose body is kept as text (a CSV export, say). */
  ResponseEntity<String> getText(
      String user, String path, Map<String, java.util.List<String>> parameters) {
    return http.get()
        .uri(uri -> withParameters(uri.path(path), parameters))
        .headers(headers -> authorize(headers, user))
        .retrieve()
        .toEntity(String.class);
  }

  private static java.net.URI withParameters(
      org.springframework.web.util.UriBuilder uri, Map<String, java.util.List<String>> parameters) {
    java.util.List<Object> values = new java.util.ArrayList<>();
    parameters.forEach(
        (name, list) ->
            list.forEach(
                value -> {
                  uri.queryParam(name, "{v" + values.size() + "}");
                  values.add(value);
                }));
    return uri.build(values.toArray());
  }

  Reply getAnonymous(String path) {
    return reply(http.get().uri(path).retrieve().toEntity(String.class));
  }

  Reply post(String user, String path, Object json) {
    return reply(
        http.post()
            .uri(path)
            .headers(headers -> authorize(headers, user))
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .retrieve()
            .toEntity(String.class));
  }

  /**
   * Any request with an optional JSON body and an optional {@code If-Match} header (null to leave
   * either out).
   */
  Reply send(
      org.springframework.http.HttpMethod method,
      String user,
      String path,
      Object json,
      String ifMatch) {
    RestClient.RequestBodySpec request =
        http.method(method)
            .uri(path)
            .headers(
                headers -> {
                  authorize(headers, user);
                  if (ifMatch != null) {
                    headers.setIfMatch(ifMatch);
                  }
                });
    if (json != null) {
      request.contentType(MediaType.APPLICATION_JSON).body(json);
    }
    return reply(request.retrieve().toEntity(String.class));
  }

  Reply submitDeal(String user, String dealJson, String fileName, byte[] contract) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("deal", dealJson, MediaType.APPLICATION_JSON);
    addFile(parts, "contract", fileName, contract);
    return postMultipart(user, "/api/deals", parts);
  }

  Reply decide(String user, String taskId, String outcome, String comment) {
    return post(
        user, "/api/tasks/" + taskId + "/decision", Map.of("outcome", outcome, "comment", comment));
  }

  Reply put(String user, String path, Object json) {
    return reply(
        http.put()
            .uri(path)
            .headers(headers -> authorize(headers, user))
            .contentType(MediaType.APPLICATION_JSON)
            .body(json)
            .retrieve()
            .toEntity(String.class));
  }

  /** The ids of every item on a review task's checklist. */
  java.util.List<String> checklistItems(String user, String taskId) {
    Reply checklist = get(user, "/api/tasks/" + taskId + "/checklist");
    if (checklist.status() != 200) {
      throw new IllegalStateException("No checklist for task " + taskId + ": " + checklist);
    }
    java.util.List<String> items = new java.util.ArrayList<>();
    checklist
        .body()
        .at("/checklist/sections")
        .forEach(
            section -> section.get("items").forEach(item -> items.add(item.get("id").asText())));
    return items;
  }

  /** Answers the given items of a review task's checklist with one answer. */
  Reply answer(String user, String taskId, java.util.List<String> items, String answer) {
    java.util.List<Map<String, Object>> answers =
        items.stream()
            .<Map<String, Object>>map(
                item ->
                    Map.of(
                        "itemId",
                        item,
                        "answer",
                        answer,
                        "note",
                        "checked",
                        "clauseRefs",
                        java.util.List.of("12.1")))
            .toList();
    return put(user, "/api/tasks/" + taskId + "/checklist", Map.of("answers", answers));
  }

  /** Answers every item of a review task's checklist as satisfied. */
  Reply answerAllSatisfied(String user, String taskId) {
    return answer(user, taskId, checklistItems(user, taskId), "SATISFIED");
  }

  Reply decide(String user, String taskId, Map<String, Object> decision) {
    return post(user, "/api/tasks/" + taskId + "/decision", decision);
  }

  Reply submitRevision(
      String user, String taskId, String fileName, byte[] contract, String answer) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    addFile(parts, "contract", fileName, contract);
    parts.part("answer", answer, MediaType.TEXT_PLAIN);
    return postMultipart(user, "/api/tasks/" + taskId + "/revision", parts);
  }

  /** Uploads a new version of a deal's contract; a null note sends no note part. */
  Reply uploadVersion(String user, String dealId, String fileName, byte[] contract, String note) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    addFile(parts, "file", fileName, contract);
    if (note != null) {
      parts.part("note", note, MediaType.TEXT_PLAIN);
    }
    return postMultipart(user, "/api/deals/" + dealId + "/contract/versions", parts);
  }

  /**
   * Submits a deal whose contract part is {@code size} generated bytes, streamed over a plain
   * socket as a client like curl sends it: the body is written by a thread of its own while the
   * response is read, so a server that answers before reading the whole upload is heard.
   *
   * @return the reply and how many bytes of the body were sent before the server stopped reading
   */
  StreamedUpload submitDealStreaming(String user, String dealJson, String fileName, long size)
      throws java.io.IOException, InterruptedException {
    String boundary = "signoff-" + java.util.UUID.randomUUID();
    String head =
        ("--%s\r\nContent-Disposition: form-data; name=\"deal\"\r\nContent-Type: application/json"
                + "\r\n\r\n%s\r\n--%s\r\nContent-Disposition: form-data; name=\"contract\";"
                + " filename=\"%s\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .formatted(boundary, dealJson, boundary, fileName);
    return stream(user, "/api/deals", boundary, head, size);
  }

  private StreamedUpload stream(
      String user, String path, String boundary, String headText, long size)
      throws java.io.IOException, InterruptedException {
    byte[] head = headText.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] tail =
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long length = head.length + size + tail.length;
    String token = tokenOf(user);
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(
          ("POST %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nAuthorization: Bearer %s\r\n"
                  + "Content-Type: multipart/form-data; boundary=%s\r\nContent-Length: %d\r\n"
                  + "Accept: application/json, application/problem+json\r\nConnection: close\r\n\r\n")
              .formatted(path, port, token, boundary, length)
              .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
      Thread sender =
          new Thread(
              () -> {
                try {
                  out.write(head);
                  byte[] chunk = new byte[64 * 1024];
                  java.util.Arrays.fill(chunk, (byte) 'a');
                  for (long left = size; left > 0; left -= chunk.length) {
                    int part = (int) Math.min(chunk.length, left);
                    out.write(chunk, 0, part);
                    sent.addAndGet(part);
                  }
                  out.write(tail);
                  out.flush();
                } catch (java.io.IOException stoppedReading) {
                  // The server answered and closed the connection: the rest is not wanted.
                }
              },
              "streaming-upload");
      sender.setDaemon(true);
      sender.start();
      Reply reply = readResponse(socket.getInputStream());
      long sentWhenAnswered = sent.get();
      socket.close();
      sender.join(10_000);
      return new StreamedUpload(reply, sentWhenAnswered);
    }
  }

  /** A reply to a streamed upload and how many bytes of the file had been sent by then. */
  record StreamedUpload(Reply reply, long bytesSent) {}

  private static Reply readResponse(java.io.InputStream raw) throws java.io.IOException {
    java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(raw));
    String statusLine = line(in);
    int status = Integer.parseInt(statusLine.split(" ")[1]);
    HttpHeaders headers = new HttpHeaders();
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      int colon = header.indexOf(':');
      headers.add(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
    }
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    if ("chunked".equalsIgnoreCase(headers.getFirst(HttpHeaders.TRANSFER_ENCODING))) {
      for (int chunk = Integer.parseInt(line(in).trim(), 16);
          chunk > 0;
          chunk = Integer.parseInt(line(in).trim(), 16)) {
        body.write(in.readNBytes(chunk));
        line(in);
      }
    } else if (headers.getContentLength() >= 0) {
      body.write(in.readNBytes((int) headers.getContentLength()));
    }
    return reply(
        new ResponseEntity<>(
            body.toString(java.nio.charset.StandardCharsets.UTF_8),
            headers,
            org.springframework.http.HttpStatusCode.valueOf(status)));
  }

  private static String line(java.io.InputStream in) throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /**
   * Any request exactly as given: the path and query already encoded, the body bytes (null for
   * none) with their content type (null for none).
   */
  Reply raw(
      org.springframework.http.HttpMethod method,
      String user,
      String encodedPathAndQuery,
      String contentType,
      byte[] body) {
    RestClient.RequestBodySpec request =
        http.method(method)
            .uri(java.net.URI.create("http://127.0.0.1:" + port + encodedPathAndQuery))
            .headers(
                headers -> {
                  authorize(headers, user);
                  if (contentType != null) {
                    headers.set(HttpHeaders.CONTENT_TYPE, contentType);
                  }
                });
    if (body != null) {
      request.body(body);
    }
    return reply(request.retrieve().toEntity(String.class));
  }

  /** One part of a hand-made multipart body; a null file name makes a text part. */
  record Part(String name, String fileName, String contentType, byte[] content) {}

  /** A multipart body made by hand, so that names, types and bytes are exactly as given. */
  static byte[] multipart(String boundary, java.util.List<Part> parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder("--" + boundary + "\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName().replace("\"", "%22")).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      out.writeBytes(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      out.writeBytes(part.content());
      out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    out.writeBytes(
        ("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /**
   * A multipart POST whose last part is a file of {@code size} generated bytes, streamed over a
   * plain socket (nothing of that size is held in memory).
   */
  StreamedUpload postStreaming(
      String user, String path, java.util.List<Part> textParts, String fileField, long size)
      throws java.io.IOException, InterruptedException {
    String boundary = "signoff-" + java.util.UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    for (Part part : textParts) {
      head.append(
              "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\nContent-Type: %s\r\n\r\n"
                  .formatted(boundary, part.name(), part.contentType()))
          .append(new String(part.content(), java.nio.charset.StandardCharsets.UTF_8))
          .append("\r\n");
    }
    head.append(
        ("--%s\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n")
            .formatted(boundary, fileField));
    return stream(user, path, boundary, head.toString(), size);
  }

  /** Any multipart request: one file part and text parts. */
  Reply uploadMultipart(
      String user,
      org.springframework.http.HttpMethod method,
      String path,
      String fileName,
      byte[] content,
      Map<String, String> texts) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    addFile(parts, "contract", fileName, content);
    addFile(parts, "file", fileName, content);
    texts.forEach((name, text) -> parts.part(name, text, MediaType.TEXT_PLAIN));
    return reply(
        http.method(method)
            .uri(path)
            .headers(headers -> authorize(headers, user))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts.build())
            .retrieve()
            .toEntity(String.class));
  }

  private static void addFile(
      MultipartBodyBuilder parts, String name, String fileName, byte[] content) {
    parts
        .part(
            name,
            new ByteArrayResource(content) {
              @Override
              public String getFilename() {
                return fileName;
              }
            })
        .contentType(MediaType.APPLICATION_OCTET_STREAM);
  }

  private Reply postMultipart(String user, String path, MultipartBodyBuilder parts) {
    return reply(
        http.post()
            .uri(path)
            .headers(headers -> authorize(headers, user))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts.build())
            .retrieve()
            .toEntity(String.class));
  }

  private void authorize(HttpHeaders headers, String user) {
    headers.setBearerAuth(tokenOf(user));
  }

  private static Reply reply(ResponseEntity<String> response) {
    String body = response.getBody();
    JsonNode json = null;
    if (body != null && !body.isBlank()) {
      try {
        json = JSON.readTree(body);
      } catch (Exception notJson) {
        json = JSON.getNodeFactory().textNode(body);
      }
    }
    return new Reply(response.getStatusCode().value(), json, response.getHeaders());
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }
}
