package dev.signoff.ui.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A view inside the main layout: it shows who is signed in and offers logout. */
public abstract class SignoffPage extends VaadinPage {

  protected SignoffPage(WebDriver driver) {
    super(driver);
  }

  /** The header line with the user name and groups, e.g. "legal · Legal". */
  public String currentUser() {
    return textOf(visible(By.id("current-user")));
  }

  /**
   * Chooses a file in the contract upload, as a user does in the file dialog, and waits until the
   * server reports it received.
   */
  protected void chooseContractFile(Path file) {
    WebElement upload = visible(By.id("contract-upload"));
    WebElement fileInput = inLightOrShadowDom(upload, By.cssSelector("input[type=file]"));
    fileInput.sendKeys(file.toAbsolutePath().toString());
    String name = file.getFileName().toString();
    wait.until(
        ignored -> {
          String status = textOf(visible(By.id("contract-upload-status")));
          return status.startsWith(name) && status.endsWith("ready.");
        });
  }

  /** How many notifications the bell counts as unread; 0 when it shows no count. */
  public int unreadNotifications() {
    visible(By.id("notifications-bell"));
    // Hidden while nothing is unread; a hidden component may not be in the page at all.
    List<WebElement> count = driver.findElements(By.id("notifications-unread"));
    return count.isEmpty() || !count.get(0).isDisplayed()
        ? 0
        : Integer.parseInt(textOf(count.get(0)));
  }

  /** Waits until the bell counts {@code expected} unread notifications, at most {@code within}. */
  public SignoffPage waitForUnreadNotifications(int expected, Duration within) {
    new WebDriverWait(driver, within)
        .ignoring(StaleElementReferenceException.class)
        .until(ignored -> unreadNotifications() == expected);
    return this;
  }

  /**
   * Opens the bell's list and the first unread notification that contains the text, which leads to
   * its thread on the review screen of the user's task.
   */
  public ReviewPage openNotificationOfReview(String containing) {
    openNotification(containing);
    wait.until(ExpectedConditions.urlContains("thread="));
    waitUntilServerIdle();
    return new ReviewPage(driver);
  }

  /** Opens the bell's list and the first unread notification that contains the text. */
  public void openNotification(String containing) {
    click(By.id("notifications-bell"));
    WebElement item =
        wait.until(
            ignored ->
                driver.findElements(By.cssSelector(".notification-item.unread")).stream()
                    .filter(candidate -> textOf(candidate).contains(containing))
                    .findFirst()
                    .orElse(null));
    click(item);
  }

  /**
   * Marks the page so that a later check can tell whether it was reloaded meanwhile: a reload
   * starts a new page without the mark.
   */
  public void markPage() {
    ((JavascriptExecutor) driver).executeScript("window.signoffPageMark = 'kept';");
  }

  /** Whether the page still has the mark of {@link #markPage()}: it was not reloaded. */
  public boolean pageKeptItsMark() {
    return "kept"
        .equals(((JavascriptExecutor) driver).executeScript("return window.signoffPageMark;"));
  }

  /**
   * Long polling shows as repeated requests to the push address; a WebSocket does not appear among
   * the page's requests at all.
   */
  private static final String PUSH_TRANSPORT =
      """
      const polls = performance.getEntriesByType('resource')
          .filter(entry => entry.name.includes('X-Atmosphere-Transport=long-polling'));
      return polls.length > 0 ? 'long-polling' : 'websocket';
      """;

  /** How server push reached this page so far: "websocket", or "long-polling" as a fallback. */
  public String pushTransport() {
    return String.valueOf(((JavascriptExecutor) driver).executeScript(PUSH_TRANSPORT));
  }

  /** Goes to the inbox through the navigation menu, without loading the page again. */
  public InboxPage inboxFromMenu() {
    WebElement item =
        wait.until(
            ignored ->
                driver.findElements(By.cssSelector("#navigation vaadin-side-nav-item")).stream()
                    .filter(candidate -> textOf(candidate).equals("Inbox"))
                    .findFirst()
                    .orElse(null));
    click(item);
    wait.until(ignored -> !driver.findElements(By.id("inbox-grid")).isEmpty());
    return new InboxPage(driver);
  }

  /** Logs out; the browser lands on the identity provider's login form. */
  public LoginPage logOut() {
    clickable(By.id("logout")).click();
    return new LoginPage(driver);
  }
}
