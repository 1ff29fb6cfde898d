package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** One deal: its stage, sign-offs, decisions and contract. */
public class DealPage extends SignoffPage {

  DealPage(WebDriver driver) {
    super(driver);
    visible(By.id("deal-stage"));
  }

  public String stage() {
    return textOf(visible(By.id("deal-stage")));
  }

  /** The sign-off badge of a group, e.g. "Legal: pending". */
  public String signOff(String group) {
    return textOf(visible(By.id("sign-off-" + group)));
  }

  /** One line per decision taken so far. */
  public List<String> decisions() {
    return driver.findElements(By.cssSelector("#decisions li")).stream()
        .map(VaadinPage::textOf)
        .toList();
  }

  public String contractText() {
    return textOf(visible(By.id("contract-text")));
  }
}
