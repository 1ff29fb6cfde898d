package dev.signoff.ui.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Full-text search over signed deals. */
public class PrecedentSearchPage extends SignoffPage {

  PrecedentSearchPage(WebDriver driver) {
    super(driver);
    visible(By.id("precedent-query"));
  }

  public static PrecedentSearchPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/precedents");
    return new PrecedentSearchPage(driver);
  }

  /** Runs one search and returns the hits shown. */
  public List<PrecedentHit> search(String query) {
    type("precedent-query", query);
    List<WebElement> previousResults = driver.findElements(By.id("precedent-count"));
    clickable(By.id("precedent-search")).click();
    previousResults.forEach(old -> wait.until(ExpectedConditions.stalenessOf(old)));
    visible(By.id("precedent-count"));
    waitUntilServerIdle();
    return driver.findElements(By.cssSelector("#precedent-results .precedent-hit")).stream()
        .map(PrecedentSearchPage::hit)
        .toList();
  }

  /**
   * Searches again until a hit with the title shows up: a deal becomes searchable shortly after it
   * is signed, not at the same moment.
   */
  public PrecedentHit searchUntilFound(String query, String title, Duration patience) {
    return new WebDriverWait(driver, patience, Duration.ofSeconds(1))
        .withMessage("a precedent titled \"" + title + "\" for the query \"" + query + "\"")
        .until(
            ignored ->
                search(query).stream()
                    .filter(hit -> hit.title().equals(title))
                    .findFirst()
                    .orElse(null));
  }

  private static PrecedentHit hit(WebElement card) {
    return new PrecedentHit(
        textOf(card.findElement(By.tagName("a"))),
        card.findElements(By.cssSelector(".precedent-fragment")).stream()
            .map(VaadinPage::textOf)
            .toList(),
        card.findElements(By.cssSelector(".precedent-fragment mark")).stream()
            .map(VaadinPage::textOf)
            .toList());
  }

  /**
   * One hit as shown.
   *
   * @param fragments the text of each matching passage
   * @param highlighted the words inside {@code <mark>} in those passages
   */
  public record PrecedentHit(String title, List<String> fragments, List<String> highlighted) {}
}
