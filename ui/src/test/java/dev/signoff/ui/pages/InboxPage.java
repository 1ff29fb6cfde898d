package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The inbox: the user's open tasks, or a note that there are none. */
public class InboxPage extends SignoffPage {

  private static final String GRID = "inbox-grid";

  InboxPage(WebDriver driver) {
    super(driver);
    wait.until(
        ignored ->
            !driver.findElements(By.id(GRID)).isEmpty()
                || !driver.findElements(By.id("inbox-empty")).isEmpty());
  }

  public static InboxPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/");
    return new InboxPage(driver);
  }

  /** Whether a task of the deal with this title is listed. */
  public boolean listsTaskFor(String dealTitle) {
    if (driver.findElements(By.id(GRID)).isEmpty()) {
      return false;
    }
    waitUntilGridRendered(GRID);
    return findGridCell(GRID, dealTitle).isPresent();
  }

  /** Opens the deal owner's revision task of the deal from its row. */
  public RevisionPage openRevisionFor(String dealTitle) {
    gridCell(GRID, dealTitle).click();
    return new RevisionPage(driver);
  }

  /** Opens the deal's task from its row. */
  public ReviewPage openTaskFor(String dealTitle) {
    gridCell(GRID, dealTitle).click();
    return new ReviewPage(driver);
  }
}
