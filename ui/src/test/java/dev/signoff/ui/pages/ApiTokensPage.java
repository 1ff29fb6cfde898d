package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The user's personal API tokens: create one (its secret shown once), see them, revoke one. */
public class ApiTokensPage extends VaadinPage {

  ApiTokensPage(WebDriver driver) {
    super(driver);
    visible(By.id("api-tokens-view"));
  }

  public static ApiTokensPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/api-tokens");
    return new ApiTokensPage(driver);
  }

  /** Creates a token with the given name and "Read and write" scope; returns the secret shown. */
  public String createReadWriteToken(String name) {
    type("token-name", name);
    WebElement scope = visible(By.id("token-scope"));
    click(
        scope.findElements(By.tagName("vaadin-radio-button")).stream()
            .filter(option -> textOf(option).equals("Read and write"))
            .findFirst()
            .orElseThrow());
    click(By.id("create-token"));
    WebElement secret = visible(By.cssSelector("#new-token-secret input"));
    wait.until(ignored -> secret.getDomProperty("value").startsWith("sot_"));
    String value = secret.getDomProperty("value");
    click(By.id("new-token-done"));
    wait.until(ignored -> driver.findElements(By.id("new-token-dialog")).isEmpty());
    return value;
  }

  /** Whether the grid shows a row with this text (a name or a status). */
  public boolean shows(String text) {
    return findGridCell("tokens", text).isPresent();
  }

  public void waitUntilShown(String text) {
    gridCell("tokens", text);
  }

  /** Revokes the only active token listed. */
  public void revokeActiveToken() {
    WebElement revoke =
        wait.until(
            ignored ->
                driver.findElements(By.cssSelector("#tokens vaadin-button[id^=revoke-]")).stream()
                    .filter(button -> button.getDomAttribute("disabled") == null)
                    .findFirst()
                    .orElse(null));
    click(revoke);
    notificationContaining("revoked");
  }
}
