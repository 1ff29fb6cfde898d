package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The identity provider's login form, where every visit without a session ends up. */
public class LoginPage extends VaadinPage {

  private static final String PASSWORD = "demo";

  LoginPage(WebDriver driver) {
    super(driver);
    wait.until(ExpectedConditions.urlMatches("/login([?#].*)?$"));
    visible(By.id("username"));
  }

  /** Opens an address of the application without a session: the login form must answer. */
  public static LoginPage visit(WebDriver driver, String url) {
    driver.get(url);
    return new LoginPage(driver);
  }

  public boolean asksForCredentials() {
    return driver.findElement(By.id("username")).isDisplayed()
        && driver.findElement(By.id("password")).isDisplayed();
  }

  /**
   * Logs a demo user in and follows the OIDC redirects back to the application's inbox, the page
   * asked for before login.
   */
  public InboxPage logInAs(String username) {
    visible(By.id("username")).sendKeys(username);
    visible(By.id("password")).sendKeys(PASSWORD);
    clickable(By.cssSelector("button[type=submit]")).click();
    wait.until(
        ignored ->
            !driver.findElements(By.id("current-user")).isEmpty()
                && textOf(driver.findElement(By.id("current-user"))).startsWith(username + " "));
    return new InboxPage(driver);
  }
}
