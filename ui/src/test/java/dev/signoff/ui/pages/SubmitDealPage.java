package dev.signoff.ui.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The deal sheet and contract upload of a new deal. */
public class SubmitDealPage extends SignoffPage {

  SubmitDealPage(WebDriver driver) {
    super(driver);
    visible(By.id("deal-title"));
    visible(By.id("submit-deal"));
  }

  public static SubmitDealPage open(WebDriver driver, String baseUrl) {
    driver.get(baseUrl + "/deals/new");
    return new SubmitDealPage(driver);
  }

  public SubmitDealPage title(String title) {
    type("deal-title", title);
    return this;
  }

  public SubmitDealPage vendor(String vendor) {
    type("deal-vendor", vendor);
    return this;
  }

  public SubmitDealPage models(List<String> models) {
    type("deal-models", String.join("\n", models));
    return this;
  }

  /** Picks the hosting model by the label the user sees, e.g. "Vendor-hosted SaaS". */
  public SubmitDealPage hosting(String label) {
    WebElement select = clickable(By.id("deal-hosting"));
    select.click();
    wait.until(
            ignored ->
                driver.findElements(By.tagName("vaadin-select-item")).stream()
                    .filter(item -> item.isDisplayed() && label.equals(textOf(item)))
                    .findFirst()
                    .orElse(null))
        .click();
    wait.until(
        ignored ->
            textOf(select.findElement(By.tagName("vaadin-select-value-button"))).equals(label));
    return this;
  }

  public SubmitDealPage useCase(String useCase) {
    type("deal-use-case", useCase);
    return this;
  }

  public SubmitDealPage personalData(boolean sent) {
    WebElement checkbox = visible(By.id("deal-personal-data"));
    if ((checkbox.getDomAttribute("checked") != null) != sent) {
      checkbox.click();
      wait.until(ignored -> (checkbox.getDomAttribute("checked") != null) == sent);
    }
    return this;
  }

  /**
   * Chooses the contract file, as a user does in the file dialog, and waits until the server has
   * received it.
   */
  public SubmitDealPage uploadContract(Path file) {
    chooseContractFile(file);
    return this;
  }

  /** Submits the deal; the user is taken to the new deal's page. */
  public DealPage submit() {
    waitUntilServerIdle();
    click(By.id("submit-deal"));
    return new DealPage(driver);
  }
}
