package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The views of a deal and of its tasks opened by address, and the operations view: what a signed-in
 * user gets there when they may not see them, and what an admin sees in operations.
 */
public class RestrictedViews extends SignoffPage {

  private final String baseUrl;

  public RestrictedViews(WebDriver driver, String baseUrl) {
    super(driver);
    this.baseUrl = baseUrl;
  }

  /** Opens the address and returns the text of the view's "not available" message. */
  public String unavailableMessage(String path, String messageId) {
    driver.get(baseUrl + path);
    return textOf(visible(By.id(messageId)));
  }

  /** The whole text of the page at the address, once the view is rendered. */
  public String pageText(String path) {
    driver.get(baseUrl + path);
    waitUntilServerIdle();
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Back to the inbox (the refusal page has no menu), then logs out. */
  public LoginPage logOutFromHome() {
    driver.get(baseUrl + "/");
    visible(By.id("navigation"));
    return logOut();
  }

  /** Whether the navigation menu offers the operations view. */
  public boolean menuOffersOperations() {
    visible(By.id("navigation"));
    return driver.findElements(By.cssSelector("#navigation vaadin-side-nav-item")).stream()
        .anyMatch(item -> textOf(item).equals("Operations"));
  }

  /** Opens the operations view for a deal; returns the classes of its drawn model's elements. */
  public List<String> operationsDiagramClassesOf(String dealId, String elementId) {
    driver.get(baseUrl + "/admin/operations?deal=" + dealId);
    visible(By.id("operations-view"));
    List<WebElement> shapes =
        wait.until(
            ignored -> {
              List<WebElement> found =
                  driver.findElements(
                      By.cssSelector("#process-instances g[data-element-id='" + elementId + "']"));
              return found.isEmpty() ? null : found;
            });
    return shapes.stream().map(shape -> shape.getDomAttribute("class")).toList();
  }

  /** Whether the operations view shows its incidents and failed jobs. */
  public boolean operationsListsIncidentsAndFailedJobs() {
    return !driver.findElements(By.id("incidents-grid")).isEmpty()
        && !driver.findElements(By.id("failed-jobs-grid")).isEmpty();
  }
}
