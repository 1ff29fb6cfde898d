package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.ui.pages.ApiTokensPage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A user creates a personal API token in the UI, sees it once, uses it on the API and revokes it.
 */
class ApiTokensIT extends BrowserJourney {

  @Test
  void aUserCreatesUsesAndRevokesAPersonalToken() throws Exception {
    logIn("owner");
    ApiTokensPage tokens = ApiTokensPage.open(driver(), baseUrl());
    String secret = tokens.createReadWriteToken("Nightly export");
    assertThat(secret).startsWith("sot_");
    tokens.waitUntilShown("Nightly export");
    tokens.waitUntilShown("active");
    browser.screenshot(SCREENSHOTS.resolve("api-tokens.png"));
    assertThat(driver().getPageSource()).doesNotContain(secret);

    assertThat(apiStatus(secret)).isEqualTo(200);
    tokens.revokeActiveToken();
    tokens.waitUntilShown("revoked");
    assertThat(apiStatus(secret)).isEqualTo(401);
  }

  private int apiStatus(String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/api/deals"))
                .header("Authorization", "Bearer " + token)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
