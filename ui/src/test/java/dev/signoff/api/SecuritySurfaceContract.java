package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.signoff.SignoffApplication;
import dev.signoff.audit.RequestDenialLog;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.problem.SignoffProblem;
import dev.signoff.token.ApiToken;
import dev.signoff.token.IssuedToken;
import dev.signoff.token.PersonalTokens;
import dev.signoff.token.TokenScope;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The HTTP surface as an attacker meets it: engine endpoints, security headers, CSRF on browser
 * forms, bearer tokens that are expired, revoked, forged for another audience or issuer, personal
 * tokens and their scopes, rate limits and the denial log. Real server, real HTTP, run once per
 * database by the subclasses.
 */
@SpringBootTest(
    classes = SignoffApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SecuritySurfaceContract {

  static final int SEARCH_LIMIT = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired PersonalTokens personalTokens;
  @Autowired RequestDenialLog denials;
  @Autowired JdbcTemplate jdbc;

  @Value("${signoff.identity.key-file}")
  Path keyFile;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** Settings both subclasses share; a tight search limit so that the test can reach it. */
  static void securityProperties(DynamicPropertyRegistry registry, String serverName) {
    DealReviewApiContract.commonProperties(registry, serverName);
    registry.add("signoff.security.rate-limits.search.requests", () -> SEARCH_LIMIT);
    registry.add("signoff.security.rate-limits.search.per", () -> "10m");
    // As behind a TLS-terminating proxy on the same host: X-Forwarded-Proto marks TLS requests.
    registry.add("server.forward-headers-strategy", () -> "native");
  }

  // --- The engine is embedded only ---

  @Test
  void engineEndpointsAnswer404ToEveryoneAndNoEngineWebLayerIsShipped() throws Exception {
    String token = issue("owner", "engine probe", TokenScope.WRITE).secret();
    for (String path :
        List.of(
            "/engine-rest",
            "/engine-rest/engine",
            "/engine-rest/process-definition",
            "/camunda",
            "/camunda/app/cockpit/default/",
            "/camunda/api/admin/auth/user/default")) {
      HttpResponse<String> anonymous = send(get(path));
      assertThat(anonymous.statusCode()).as(path).isEqualTo(404);
      assertThat(anonymous.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(send(get(path).header("Authorization", "Bearer " + token)).statusCode())
          .as(path)
          .isEqualTo(404);
      assertThat(send(post(path, "{}")).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(classPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources")).isFalse();
    assertThat(classPresent("org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter"))
        .isFalse();
  }

  // --- Headers ---

  @Test
  void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyOverTls() throws Exception {
    String token = issue("owner", "headers", TokenScope.READ).secret();
    for (HttpRequest.Builder request :
        List.of(
            get("/api/deals").header("Authorization", "Bearer " + token),
            get("/api/deals"),
            get("/"),
            get("/login"))) {
      HttpResponse<String> response = send(request);
      String what = request.build().uri().getPath() + " " + response.statusCode();
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'self'")
                      .contains("frame-ancestors 'none'")
                      .contains("object-src 'none'")
                      .doesNotContain("*"));
      assertThat(response.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
      assertThat(response.headers().firstValue("Strict-Transport-Security")).as(what).isEmpty();
    }
    HttpResponse<String> overTls =
        send(
            get("/api/deals")
                .header("Authorization", "Bearer " + token)
                .header("X-Forwarded-Proto", "https"));
    assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(
            hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
  }

  // --- CSRF on browser forms ---

  @Test
  void aBrowserFormPostWithoutCsrfTokenIsRefusedAndWithItAccepted() throws Exception {
    HttpResponse<String> page = send(get("/login"));
    assertThat(page.statusCode()).isEqualTo(200);
    String session = cookie(page, "JSESSIONID");
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();

    HttpResponse<String> forged =
        send(
            form("/login", Map.of("username", "owner", "password", "demo"))
                .header("Cookie", "JSESSIONID=" + session));
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> genuine =
        send(
            form("/login", Map.of("username", "owner", "password", "demo", "_csrf", csrf.group(1)))
                .header("Cookie", "JSESSIONID=" + session));
    assertThat(genuine.statusCode()).isEqualTo(302);
    assertThat(genuine.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

    // The UI's own session: a form post to the logout endpoint without the token changes nothing.
    HttpResponse<String> logout =
        send(form("/logout", Map.of()).header("Cookie", "JSESSIONID=" + session));
    assertThat(logout.statusCode()).isEqualTo(403);
  }

  // --- Users configured for the built-in provider (ui/src/test/resources/config) ---

  @Test
  void configuredUsersLogInWithTheirOwnPasswordsAndActThroughTheirApiClients() throws Exception {
    assertThat(login("legal-2", "second-legal")).doesNotContain("error");
    assertThat(login("legal-2", "demo")).contains("error");
    assertThat(login("product-2", "second-product")).doesNotContain("error");

    HttpResponse<String> token = send(clientCredentials("api-legal-2", "second-legal"));
    assertThat(token.statusCode()).isEqualTo(200);
    String accessToken = JSON.readTree(token.body()).get("access_token").asText();
    JsonNode claims =
        JSON.readTree(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
    assertThat(claims.get("preferred_username").asText()).isEqualTo("legal-2");
    assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("legal");
    assertThat(
            send(get("/api/tasks").header("Authorization", "Bearer " + accessToken)).statusCode())
        .isEqualTo(200);

    assertThat(send(clientCredentials("api-legal-2", "demo")).statusCode()).isEqualTo(401);
    assertThat(send(clientCredentials("demo-legal-2", "demo")).statusCode()).isEqualTo(401);
  }

  /** A form login at the built-in provider; answers where it redirects to. */
  private String login(String username, String password) throws Exception {
    HttpResponse<String> page = send(get("/login"));
    Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page.body());
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> answer =
        send(
            form(
                    "/login",
                    Map.of("username", username, "password", password, "_csrf", csrf.group(1)))
                .header("Cookie", "JSESSIONID=" + cookie(page, "JSESSIONID")));
    assertThat(answer.statusCode()).isEqualTo(302);
    return answer.headers().firstValue("Location").orElseThrow();
  }

  private HttpRequest.Builder clientCredentials(String clientId, String secret) {
    return request("/oauth2/token")
        .header(
            "Authorization",
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"));
  }

  // --- Bearer JWTs: expiry, audience, issuer ---

  @Test
  void providerTokensMustBeUnexpiredForSignoffAndFromThisIssuer() throws Exception {
    String issuer = "http://127.0.0.1:" + port;
    Instant now = Instant.now();
    assertThat(apiStatus(forged(issuer, "demo-owner", now, now.plusSeconds(300))))
        .as("a well-formed token (control)")
        .isEqualTo(200);
    assertThat(apiStatus(forged(issuer, "billing-service", now, now.plusSeconds(300))))
        .as("wrong audience")
        .isEqualTo(401);
    assertThat(
            apiStatus(forged("https://sso.example.com", "demo-owner", now, now.plusSeconds(300))))
        .as("wrong issuer")
        .isEqualTo(401);
    assertThat(
            apiStatus(forged(issuer, "demo-owner", now.minusSeconds(7200), now.minusSeconds(3600))))
        .as("expired")
        .isEqualTo(401);
    HttpResponse<String> garbage =
        send(get("/api/deals").header("Authorization", "Bearer not-a-token"));
    assertThat(garbage.statusCode()).isEqualTo(401);
    assertThat(garbage.headers().firstValue("WWW-Authenticate"))
        .hasValue("Bearer error=\"invalid_token\"");
    assertThat(problem(garbage).get("status").asInt()).isEqualTo(401);
    awaitDenial(401, "meant for [billing-service]");
    awaitDenial(401, "issued by https://sso.example.com");
    awaitDenial(401, "expired");
  }

  // --- Personal API tokens ---

  @Test
  void personalTokensAreShownOnceStoredAsHashAndWorkAsBearerTokens() throws Exception {
    IssuedToken issued = issue("owner", "reporting " + UUID.randomUUID(), TokenScope.READ);
    assertThat(issued.secret()).startsWith("sot_").hasSize(4 + 43);
    assertThat(issued.toString()).doesNotContain(issued.secret());
    String stored =
        jdbc.queryForObject(
            "SELECT token_hash FROM api_token WHERE id = ?", String.class, issued.token().id());
    assertThat(stored).isEqualTo(sha256(issued.secret())).doesNotContain(issued.secret());
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM api_token WHERE owner LIKE ? OR name LIKE ? OR token_hash"
                    + " LIKE ?",
                Integer.class,
                "%" + issued.secret() + "%",
                "%" + issued.secret() + "%",
                "%" + issued.secret() + "%"))
        .isZero();

    HttpResponse<String> deals =
        send(get("/api/deals").header("Authorization", "Bearer " + issued.secret()));
    assertThat(deals.statusCode()).isEqualTo(200);
    ApiToken used = mine("owner", issued.token().id());
    assertThat(used.lastUsedAt()).isNotNull();
  }

  @Test
  void aReadTokenIsRefusedOnWritesWithProblemAndAWriteTokenMayWrite() throws Exception {
    IssuedToken read = issue("owner", "read " + UUID.randomUUID(), TokenScope.READ);
    HttpResponse<String> refused = send(submitDeal(read.secret()));
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(refused.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(problem(refused).get("detail").asText()).contains("read scope");
    awaitDenial(403, "read-only personal token");

    IssuedToken write = issue("owner", "write " + UUID.randomUUID(), TokenScope.WRITE);
    HttpResponse<String> submitted = send(submitDeal(write.secret()));
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
    assertThat(JSON.readTree(submitted.body()).get("owner").asText()).isEqualTo("owner");
  }

  @Test
  void revokedExpiredAndUnknownPersonalTokensAreRefusedAndRecorded() throws Exception {
    IssuedToken revoked = issue("owner", "revoked " + UUID.randomUUID(), TokenScope.WRITE);
    assertThat(apiStatus(revoked.secret())).isEqualTo(200);
    ApiToken afterRevoke =
        CurrentCaller.runAs(owner(), () -> personalTokens.revoke(revoked.token().id()));
    assertThat(afterRevoke.revokedAt()).isNotNull();
    assertThat(apiStatus(revoked.secret())).isEqualTo(401);
    awaitDenial(401, "personal token revoked (token " + revoked.token().id());

    IssuedToken expired = issue("owner", "expired " + UUID.randomUUID(), TokenScope.WRITE);
    assertThat(apiStatus(expired.secret())).isEqualTo(200);
    jdbc.update(
        "UPDATE api_token SET expires_at = ? WHERE id = ?",
        java.sql.Timestamp.from(Instant.now().minusSeconds(1)),
        expired.token().id());
    assertThat(apiStatus(expired.secret())).isEqualTo(401);
    awaitDenial(401, "personal token expired (token " + expired.token().id());

    assertThat(apiStatus("sot_" + "A".repeat(43))).isEqualTo(401);
    awaitDenial(401, "unknown personal token");
  }

  @Test
  void onlyTheOwnerRevokesAndTokensCannotManageTokens() throws Exception {
    IssuedToken owners = issue("owner", "owned " + UUID.randomUUID(), TokenScope.READ);
    Caller legal = new Caller("legal", Set.of("legal"));
    assertThatThrownBy(
            () -> CurrentCaller.runAs(legal, () -> personalTokens.revoke(owners.token().id())))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(mine("owner", owners.token().id()).revokedAt()).isNull();
    assertThat(CurrentCaller.runAs(legal, personalTokens::mine))
        .extracting(ApiToken::id)
        .doesNotContain(owners.token().id());
    awaitDenial(403, "token belongs to another user");

    assertThatThrownBy(
            () -> CurrentCaller.runAs(owner(), () -> personalTokens.revoke(UUID.randomUUID())))
        .isInstanceOf(SignoffProblem.class)
        .hasMessageContaining("not found");
    assertThatThrownBy(() -> personalTokens.mine())
        .isInstanceOf(
            org.springframework.security.authentication.AuthenticationCredentialsNotFoundException
                .class);
  }

  @Test
  void tokenRequestsAreValidated() {
    String name = "dup " + UUID.randomUUID();
    issue("owner", name, TokenScope.READ);
    for (Object[] bad :
        new Object[][] {
          {"", TokenScope.READ, Duration.ofDays(30), "name"},
          {"x".repeat(81), TokenScope.READ, Duration.ofDays(30), "at most 80"},
          {"bell\u0007", TokenScope.READ, Duration.ofDays(30), "printable"},
          {"no scope", null, Duration.ofDays(30), "scope"},
          {"too short", TokenScope.READ, Duration.ofHours(1), "one day"},
          {"too long", TokenScope.READ, Duration.ofDays(400), "366 days"},
          {name.toUpperCase(), TokenScope.READ, Duration.ofDays(30), "already have"}
        }) {
      assertThatThrownBy(
              () ->
                  CurrentCaller.runAs(
                      owner(),
                      () ->
                          personalTokens.create(
                              (String) bad[0], (TokenScope) bad[1], (Duration) bad[2])))
          .as(String.valueOf(bad[0]))
          .isInstanceOf(SignoffProblem.class)
          .hasMessageContaining((String) bad[3]);
    }
  }

  // --- Rate limits ---

  @Test
  void searchesOverTheLimitGet429ProblemWithRetryAfter() throws Exception {
    String token = issue("legal", "search " + UUID.randomUUID(), TokenScope.READ).secret();
    for (int i = 0; i < SEARCH_LIMIT; i++) {
      assertThat(
              send(get("/api/precedents?q=liability").header("Authorization", "Bearer " + token))
                  .statusCode())
          .isEqualTo(200);
    }
    HttpResponse<String> limited =
        send(get("/api/precedents?q=liability").header("Authorization", "Bearer " + token));
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(limited.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
    assertThat(problem(limited).get("status").asInt()).isEqualTo(429);
    awaitDenial(429, "rate limit of searches");
    // Another client's searches are not affected.
    String other = issue("legal", "other " + UUID.randomUUID(), TokenScope.READ).secret();
    assertThat(
            send(get("/api/precedents?q=liability").header("Authorization", "Bearer " + other))
                .statusCode())
        .isEqualTo(200);
  }

  // --- helpers ---

  private IssuedToken issue(String user, String name, TokenScope scope) {
    return CurrentCaller.runAs(
        new Caller(user, Set.of(user.equals("owner") ? "deal-owner" : user)),
        () -> personalTokens.create(name, scope, Duration.ofDays(30)));
  }

  private static Caller owner() {
    return new Caller("owner", Set.of("deal-owner"));
  }

  private ApiToken mine(String user, UUID id) {
    return CurrentCaller.runAs(new Caller(user, Set.of()), personalTokens::mine).stream()
        .filter(token -> token.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private String forged(String issuer, String audience, Instant issuedAt, Instant expiresAt)
      throws Exception {
    RSAKey key = RSAKey.parse(Files.readString(keyFile));
    NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
    JwtClaimsSet claims =
        JwtClaimsSet.builder()
            .issuer(issuer)
            .subject("owner")
            .audience(List.of(audience))
            .issuedAt(issuedAt)
            .notBefore(issuedAt)
            .expiresAt(expiresAt)
            .claim("preferred_username", "owner")
            .claim("groups", List.of("deal-owner"))
            .build();
    return encoder
        .encode(
            JwtEncoderParameters.from(
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build(), claims))
        .getTokenValue();
  }

  private int apiStatus(String bearer) throws Exception {
    return send(get("/api/deals").header("Authorization", "Bearer " + bearer)).statusCode();
  }

  private void awaitDenial(int status, String reasonPart) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (denials.latest(200).stream()
          .anyMatch(denial -> denial.status() == status && denial.reason().contains(reasonPart))) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError(
        "No denial " + status + " '" + reasonPart + "' in " + denials.latest(20));
  }

  private HttpRequest.Builder submitDeal(String bearer) {
    String boundary = "boundary" + UUID.randomUUID().toString().replace("-", "");
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deal\"\r\nContent-Type: application/json\r\n\r\n"
            + DealReviewApiContract.dealJson("Token write " + UUID.randomUUID())
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"contract\"; filename=\"contract.md\"\r\n"
            + "Content-Type: text/markdown\r\n\r\n"
            + new String(DealReviewApiContract.contract("tokenwrite"), StandardCharsets.UTF_8)
            + "\r\n--"
            + boundary
            + "--\r\n";
    return request("/api/deals")
        .header("Authorization", "Bearer " + bearer)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(60));
  }

  private HttpRequest.Builder get(String path) {
    return request(path).header("Accept", "text/html,application/json").GET();
  }

  private HttpRequest.Builder post(String path, String json) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
  }

  private HttpRequest.Builder form(String path, Map<String, String> fields) {
    StringBuilder body = new StringBuilder();
    fields.forEach(
        (name, value) ->
            body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode problem(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body());
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(cookie -> cookie.startsWith(name + "="))
        .map(cookie -> cookie.substring(name.length() + 1, cookie.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No cookie " + name + " in " + response.headers()));
  }

  private static boolean classPresent(String name) {
    try {
      Class.forName(name, false, SecuritySurfaceContract.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
