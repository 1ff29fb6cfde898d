package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The dialog of clauses of past deals worded like a clause on screen. */
public class SimilarClausesDialog extends VaadinPage {

  SimilarClausesDialog(WebDriver driver) {
    super(driver);
    wait.until(
        ignored ->
            !driver.findElements(By.cssSelector("#similar-clauses-list .similar-clause")).isEmpty()
                || !driver.findElements(By.id("similar-clauses-empty")).isEmpty());
    // Opened once the overlay has faded in.
    wait.until(
        ignored -> driver.findElements(By.cssSelector("vaadin-dialog-overlay[opening]")).isEmpty());
  }

  /** The similar clauses listed, best first. */
  public List<SimilarClause> clauses() {
    return driver.findElements(By.cssSelector("#similar-clauses-list .similar-clause")).stream()
        .map(SimilarClausesDialog::clause)
        .toList();
  }

  public void close() {
    click(By.id("similar-clauses-close"));
    wait.until(ignored -> driver.findElements(By.id("similar-clauses-list")).isEmpty());
  }

  private static SimilarClause clause(WebElement card) {
    return new SimilarClause(
        textOf(card.findElement(By.className("precedent-title"))),
        textOf(card.findElement(By.className("outcome"))),
        textOf(card.findElement(By.className("precedent-deal"))),
        card.findElements(By.className("precedent-clause")).stream()
            .map(VaadinPage::textOf)
            .findFirst()
            .orElse(""),
        card.findElements(By.cssSelector(".past-comment")).stream()
            .map(VaadinPage::textOf)
            .toList());
  }

  /**
   * One clause of a past deal as listed.
   *
   * @param deal the line with the vendor and the decision date
   * @param comments each reviewer comment with its author and date
   */
  public record SimilarClause(
      String title, String outcome, String deal, String clause, List<String> comments) {}
}
