package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Two versions of a deal's contract as a redline. */
public class ContractComparePage extends SignoffPage {

  ContractComparePage(WebDriver driver) {
    super(driver);
    visible(By.id("compare-summary"));
  }

  /** The counts line, e.g. "1 changed, 0 added, 0 removed, 0 moved, 0 renumbered · 3 unchanged". */
  public String summary() {
    return textOf(visible(By.id("compare-summary")));
  }

  /** The texts marked as inserted, in reading order. */
  public List<String> insertedTexts() {
    return textsOf("#redline ins");
  }

  /** The texts marked as deleted, in reading order. */
  public List<String> deletedTexts() {
    return textsOf("#redline del");
  }

  /** The badges of the clauses shown, one line per clause, e.g. "2 changed". */
  public List<String> clauses() {
    return driver.findElements(By.cssSelector("#redline .redline-clause")).stream()
        .filter(clause -> clause.isDisplayed())
        .map(
            clause ->
                clause.findElements(By.cssSelector(".redline-number, .redline-badge")).stream()
                    .map(VaadinPage::textOf)
                    .reduce((first, second) -> first + " " + second)
                    .orElse(""))
        .toList();
  }

  private List<String> textsOf(String selector) {
    visible(By.id("redline"));
    return driver.findElements(By.cssSelector(selector)).stream().map(VaadinPage::textOf).toList();
  }
}
