package dev.signoff.ui.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

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

  private static final String ROW_TEXTS =
      """
      const grid = arguments[0];
      return Array.from(grid.shadowRoot.querySelectorAll('#items tr:not([hidden])')).map(row =>
        Array.from(row.querySelectorAll('td slot')).map(slot => {
          const content = slot.assignedElements()[0];
          return content ? content.textContent.trim() : '';
        }));
      """;

  /** The names of the listed tasks of the deal with this title, e.g. "Legal review". */
  @SuppressWarnings("unchecked")
  public List<String> taskNamesFor(String dealTitle) {
    if (driver.findElements(By.id(GRID)).isEmpty()) {
      return List.of();
    }
    waitUntilGridRendered(GRID);
    List<List<String>> rows =
        (List<List<String>>)
            ((JavascriptExecutor) driver).executeScript(ROW_TEXTS, driver.findElement(By.id(GRID)));
    // Columns: deal, vendor, task, ...
    return rows.stream()
        .filter(row -> row.get(0).equals(dealTitle))
        .map(row -> row.get(2))
        .toList();
  }

  private static final String CELL_OF_DEAL =
      """
      const [grid, title, column] = arguments;
      for (const row of grid.shadowRoot.querySelectorAll('#items tr:not([hidden])')) {
        const cells = Array.from(row.querySelectorAll('td slot')).map(slot => slot.assignedElements()[0]);
        if (cells[0] && cells[0].textContent.trim() === title) {
          return cells[column] || null;
        }
      }
      return null;
      """;
  private static final int ASSIGNEE_COLUMN = 6;
  private static final int COMMENTS_COLUMN = 7;

  /** The deal's comment activity, e.g. "2 open threads" followed by "1 new" when there is news. */
  public String commentActivityOf(String dealTitle) {
    waitUntilGridRendered(GRID);
    WebElement cell =
        wait.until(
            ignored ->
                (WebElement)
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            CELL_OF_DEAL,
                            driver.findElement(By.id(GRID)),
                            dealTitle,
                            COMMENTS_COLUMN));
    return cell.findElements(By.cssSelector(".thread-activity > *")).stream()
        .map(VaadinPage::textOf)
        .collect(java.util.stream.Collectors.joining(" · "));
  }

  /** Waits until the deal's comment activity reads {@code expected}, at most {@code within}. */
  public InboxPage waitForCommentActivity(String dealTitle, String expected, Duration within) {
    new WebDriverWait(driver, within)
        .ignoring(StaleElementReferenceException.class)
        .until(ignored -> expected.equals(commentActivityOf(dealTitle)));
    return this;
  }

  /** Who has claimed the deal's task, or "Claim" while nobody has. */
  public String assigneeOf(String dealTitle) {
    WebElement cell = assigneeCell(dealTitle);
    List<WebElement> name = cell.findElements(By.className("assignee-name"));
    return name.isEmpty() ? textOf(cell) : textOf(name.get(0));
  }

  /** Claims the deal's group task with the button in its row; the inbox stays open. */
  public InboxPage claimTaskFor(String dealTitle) {
    click(assigneeCell(dealTitle).findElement(By.tagName("vaadin-button")));
    wait.until(ignored -> !"Claim".equals(textOf(assigneeCell(dealTitle))));
    return new InboxPage(driver);
  }

  private WebElement assigneeCell(String dealTitle) {
    waitUntilGridRendered(GRID);
    return wait.until(
        ignored ->
            (WebElement)
                ((JavascriptExecutor) driver)
                    .executeScript(
                        CELL_OF_DEAL, driver.findElement(By.id(GRID)), dealTitle, ASSIGNEE_COLUMN));
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
