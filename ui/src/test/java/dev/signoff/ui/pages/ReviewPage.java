package dev.signoff.ui.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The review screen: the deal, its contract text, a comment and the decision buttons. */
public class ReviewPage extends SignoffPage {

  ReviewPage(WebDriver driver) {
    super(driver);
    visible(By.id("task-name"));
    visible(By.id("approve"));
  }

  public String taskName() {
    return textOf(visible(By.id("task-name")));
  }

  public String contractText() {
    return textOf(visible(By.id("contract-text")));
  }

  public ReviewPage comment(String text) {
    type("decision-comment", text);
    return this;
  }

  /** Approves and waits for the confirmation; the user is taken back to the inbox. */
  public Approved approve() {
    clickable(By.id("approve")).click();
    String confirmation = notificationContaining("approved");
    wait.until(ignored -> driver.findElements(By.id("task-name")).isEmpty());
    return new Approved(confirmation, new InboxPage(driver));
  }

  /** What the user sees after approving: the confirmation and their inbox. */
  public record Approved(String confirmation, InboxPage inbox) {}
}
