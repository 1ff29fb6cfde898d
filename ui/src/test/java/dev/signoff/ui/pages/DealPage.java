package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** One deal: its stage, sign-offs, decisions, contract and timeline. */
public class DealPage extends SignoffPage {

  DealPage(WebDriver driver) {
    super(driver);
    visible(By.id("deal-stage"));
  }

  /** Opens a deal by its id, e.g. from a link. */
  public static DealPage open(WebDriver driver, String baseUrl, String dealId) {
    driver.get(baseUrl + "/deals/" + dealId);
    return new DealPage(driver);
  }

  public String stage() {
    return textOf(visible(By.id("deal-stage")));
  }

  /** The sign-off badge of a group, e.g. "Legal: pending". */
  public String signOff(String group) {
    return textOf(visible(By.id("sign-off-" + group)));
  }

  /** The pre-signoff confirmation badge of a group, e.g. "Legal pre-signoff: pending". */
  public String preSignoff(String group) {
    return textOf(visible(By.id("pre-signoff-" + group)));
  }

  /** The conditions of a group's approval with conditions, e.g. "Conditions: a; b". */
  public String signOffConditions(String group) {
    return textOf(visible(By.id("sign-off-" + group + "-conditions")));
  }

  /** Why a group's sign-off was asked for again after a revision. */
  public String signOffNote(String group) {
    return textOf(visible(By.id("sign-off-" + group + "-note")));
  }

  /** The steps of the deal's review, oldest first, one line each. */
  public List<String> timeline() {
    visible(By.id("timeline"));
    return driver.findElements(By.cssSelector("#timeline li")).stream()
        .map(VaadinPage::textOf)
        .toList();
  }

  /** One line per decision taken so far. */
  public List<String> decisions() {
    return driver.findElements(By.cssSelector("#decisions li")).stream()
        .map(VaadinPage::textOf)
        .toList();
  }

  /** Opens the redline of the two latest contract versions. */
  public ContractComparePage compareVersions() {
    click(By.id("compare-versions"));
    return new ContractComparePage(driver);
  }

  public String contractText() {
    return textOf(visible(By.id("contract-text")));
  }

  /** The clause a link asked to show, marked and scrolled to, with its number and heading. */
  public String focusedClause() {
    return textOf(visible(By.cssSelector("#contract-text .clause-focused")));
  }

  /** Opens the clauses of past deals worded like clause {@code number}, e.g. "7.2". */
  public SimilarClausesDialog similarClauses(String number) {
    click(By.id("similar-clauses-" + number.replace('.', '-')));
    return new SimilarClausesDialog(driver);
  }

  /** Opens the section of similar past deals and returns their titles. */
  public List<String> similarDeals() {
    WebElement section = visible(By.id("similar-deals"));
    if (section.getDomAttribute("opened") == null) {
      click(section.findElement(By.tagName("vaadin-details-summary")));
    }
    wait.until(
        ignored -> !visible(By.id("similar-deals-list")).findElements(By.xpath("./*")).isEmpty());
    return driver
        .findElements(By.cssSelector("#similar-deals-list .similar-deal .deal-link"))
        .stream()
        .map(VaadinPage::textOf)
        .toList();
  }
}
