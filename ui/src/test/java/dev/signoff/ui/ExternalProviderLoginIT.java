package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signoff.SignoffApplication;
import dev.signoff.identity.KnownUsers;
import dev.signoff.support.KeycloakServer;
import dev.signoff.support.ServerDataDirectory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Signoff against an independent OIDC provider: a real Keycloak started by the test run on a
 * loopback port, with users in groups. A real browser logs in with the authorization-code flow,
 * comes back to the page it asked for with its groups mapped to Signoff roles, is told when its
 * session ended and returned to the same page, and logs out of Signoff and of Keycloak
 * (RP-initiated logout). Keycloak's access tokens work on the API; tokens for another audience or
 * from another issuer do not.
 */
@SpringBootTest(
    classes = SignoffApplication.class,
    webEnvironment = WebEnvironment.DEFINED_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:keycloak-login;DB_CLOSE_DELAY=-1",
      "signoff.demo.enabled=false",
      "vaadin.devmode.devTools.enabled=false",
      "server.servlet.session.timeout=1m"
    })
class ExternalProviderLoginIT {

  static final int APP_PORT = KeycloakServer.freePort();
  static final int KEYCLOAK_PORT = KeycloakServer.freePort();
  static final String APP = "http://127.0.0.1:" + APP_PORT;
  static final Path FAILURES = Path.of("target", "journey-failures");
  static final Path serverData = ServerDataDirectory.create("keycloak-login");
  private static final ObjectMapper JSON = new ObjectMapper();

  static KeycloakServer keycloak;
  static Browser browser;

  @Autowired KnownUsers knownUsers;

  @RegisterExtension
  final AfterTestExecutionCallback keepBrowserStateOfFailure =
      context ->
          context
              .getExecutionException()
              .ifPresent(
                  failure -> {
                    if (browser != null) {
                      browser.saveEvidence(FAILURES, context.getRequiredTestMethod().getName());
                    }
                  });

  @DynamicPropertySource
  static void externalProvider(DynamicPropertyRegistry properties) {
    properties.add("server.port", () -> APP_PORT);
    properties.add("signoff.search.directory", () -> serverData.resolve("index").toString());
    properties.add(
        "signoff.identity.key-file", () -> serverData.resolve("signing-key.json").toString());
    properties.add(
        "signoff.identity.issuer-uri",
        () -> "http://127.0.0.1:" + KEYCLOAK_PORT + "/realms/signoff");
    properties.add("signoff.identity.client-id", () -> "signoff");
    properties.add("signoff.identity.client-secret", () -> "signoff-test-secret");
  }

  @BeforeAll
  static void startKeycloakAndBrowser() throws Exception {
    Path home = KeycloakServer.home().orElse(null);
    Path java = KeycloakServer.javaHome().orElse(null);
    if (home == null || java == null) {
      String why =
          home == null
              ? "the Keycloak distribution was not unpacked (run through mvn verify)"
              : "no JDK 21+ was found (set SIGNOFF_KEYCLOAK_JAVA_HOME)";
      System.err.println("!!! SKIPPING the external OIDC provider test: " + why + " !!!");
      Assumptions.abort(why);
    }
    Path realms = Path.of("src", "test", "resources", "keycloak");
    keycloak =
        KeycloakServer.start(
            home,
            java,
            KEYCLOAK_PORT,
            List.of(realms.resolve("signoff-realm.json"), realms.resolve("elsewhere-realm.json")),
            Map.of("SIGNOFF_PORT", Integer.toString(APP_PORT)),
            "elsewhere");
    browser = Browser.start();
  }

  @AfterAll
  static void stopKeycloakAndBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
    if (keycloak != null) {
      keycloak.close();
      keycloak = null;
    }
  }

  @Test
  void browserLogsInThroughKeycloakIsToldOfAnEndedSessionAndLogsOutOfBoth() {
    WebDriver driver = browser.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));

    driver.get(APP + "/precedents");
    wait.until(ExpectedConditions.urlContains("127.0.0.1:" + KEYCLOAK_PORT + "/realms/signoff/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("alice");
    driver.findElement(By.id("password")).sendKeys("alice-password");
    driver.findElement(By.id("kc-login")).click();

    WebElement user =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
    wait.until(ignored -> user.getText().startsWith("alice"));
    assertThat(user.getText()).isEqualTo("alice · Legal");
    assertThat(URI.create(driver.getCurrentUrl()).getPath()).isEqualTo("/precedents");
    assertThat(knownUsers.groupsOf("alice")).hasValue(Set.of("legal"));

    // Idle for longer than the configured minute: the server ends the session, the next click
    // says so, and the page comes back after a login, which Keycloak's open session answers.
    sleep(Duration.ofSeconds(65));
    driver.findElement(By.cssSelector("vaadin-side-nav-item[path='deals']")).click();
    WebElement notice =
        wait.until(
            ignored ->
                driver.findElements(By.cssSelector(".v-system-error")).stream()
                    .filter(WebElement::isDisplayed)
                    .findFirst()
                    .orElse(null));
    assertThat(notice.getText())
        .contains("Signed out")
        .contains("signed out after 1 minute without activity");
    notice.click();
    wait.until(
        ignored ->
            URI.create(driver.getCurrentUrl()).getPath().equals("/precedents")
                && !driver.findElements(By.id("current-user")).isEmpty());

    // Logout ends Signoff's session and Keycloak's: coming back asks for the password again.
    wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
    // Keycloak sends the browser back to Signoff's start page, which, signed out, sends it on to
    // Keycloak's login form: Keycloak's own session is gone too, or it would sign in at once.
    wait.until(ExpectedConditions.urlContains("127.0.0.1:" + KEYCLOAK_PORT + "/realms/signoff/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")));
    driver.get(APP + "/precedents");
    wait.until(ExpectedConditions.urlContains("127.0.0.1:" + KEYCLOAK_PORT + "/realms/signoff/"));
    assertThat(
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password")))
                .isDisplayed())
        .isTrue();
  }

  @Test
  void keycloakAccessTokensWorkOnTheApiButNotForAnotherAudienceOrIssuer() throws Exception {
    String forSignoff =
        accessToken("signoff", "signoff", "signoff-test-secret", "oscar", "oscar-password");
    assertThat(get("/api/deals", forSignoff).statusCode()).isEqualTo(200);
    assertThat(knownUsers.groupsOf("oscar")).hasValue(Set.of("deal-owner"));

    String forAnotherApp =
        accessToken("signoff", "reporting-app", "reporting-secret", "oscar", "oscar-password");
    HttpResponse<String> wrongAudience = get("/api/deals", forAnotherApp);
    assertThat(wrongAudience.statusCode()).isEqualTo(401);
    assertThat(wrongAudience.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

    String fromAnotherRealm =
        accessToken("elsewhere", "signoff", "signoff-test-secret", "alice", "alice-password");
    assertThat(get("/api/deals", fromAnotherRealm).statusCode()).isEqualTo(401);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static String accessToken(
      String realm, String client, String secret, String user, String password) throws Exception {
    Map<String, String> form =
        Map.of(
            "grant_type", "password",
            "client_id", client,
            "client_secret", secret,
            "username", user,
            "password", password,
            "scope", "openid");
    String body =
        form.entrySet().stream()
            .map(
                field ->
                    field.getKey()
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(keycloak.issuer(realm) + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("access_token").asText();
  }

  private static HttpResponse<String> get(String path, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(APP + path))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
