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
  private final Map<String, String> tokens = new ConcurrentHashMap<>();

  SignoffApi(int port) {
    this.http =
        RestClient.builder()
            .baseUrl("http://127.0.0.1:" + port)
            .requestFactory(
                new JdkClientHttpRequestFactory(
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()))
            .defaultStatusHandler(status -> true, (request, response) -> {})
            .build();
  }

  /** A bearer token for a demo user, through the demo client of that user (client credentials). */
  String tokenOf(String user) {
    return tokens.computeIfAbsent(user, this::requestToken);
  }

  private String requestToken(String user) {
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("grant_type", "client_credentials");
    ResponseEntity<String> response =
        http.post()
            .uri("/oauth2/token")
            .headers(headers -> headers.setBasicAuth("demo-" + user, "demo"))
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

  Reply submitDeal(String user, String dealJson, String fileName, byte[] contract) {
    MultipartBodyBuilder parts = new MultipartBodyBuilder();
    parts.part("deal", dealJson, MediaType.APPLICATION_JSON);
    parts
        .part(
            "contract",
            new ByteArrayResource(contract) {
              @Override
              public String getFilename() {
                return fileName;
              }
            })
        .contentType(MediaType.APPLICATION_OCTET_STREAM);
    return reply(
        http.post()
            .uri("/api/deals")
            .headers(headers -> authorize(headers, user))
            .contentType(MediaType.MULTIPART_FORM_DATA)
            .body(parts.build())
            .retrieve()
            .toEntity(String.class));
  }

  Reply decide(String user, String taskId, String outcome, String comment) {
    return post(
        user, "/api/tasks/" + taskId + "/decision", Map.of("outcome", outcome, "comment", comment));
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
