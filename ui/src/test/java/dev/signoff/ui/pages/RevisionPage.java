package dev.signoff.ui.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The deal owner's revision: the reviewers' requests, the revised contract and an answer. */
public class RevisionPage extends SignoffPage {

  RevisionPage(WebDriver driver) {
    super(driver);
    visible(By.id("task-name"));
    visible(By.id("submit-revision"));
  }

  public String taskName() {
    return textOf(visible(By.id("task-name")));
  }

  /** What the reviewers asked for, one line per request or approval with conditions. */
  public List<String> requests() {
    visible(By.id("revision-requests"));
    return driver.findElements(By.cssSelector("#revision-requests li")).stream()
        .map(VaadinPage::textOf)
        .toList();
  }

  /** Chooses the revised contract file and waits until the server has received it. */
  public RevisionPage uploadContract(Path file) {
    chooseContractFile(file);
    return this;
  }

  public RevisionPage answer(String text) {
    type("revision-answer", text);
    return this;
  }

  /** Submits the revision; the user is taken to the deal's page. */
  public DealPage submit() {
    waitUntilServerIdle();
    click(By.id("submit-revision"));
    wait.until(ignored -> driver.findElements(By.id("submit-revision")).isEmpty());
    return new DealPage(driver);
  }
}
