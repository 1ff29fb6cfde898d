package dev.signoff.ui.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The screen of a review, pre-signoff confirmation or final approval: the contract as numbered
 * clauses, the deal, the review group's checklist, the decision and the history.
 */
public class ReviewPage extends SignoffPage {

  private static final String SAVE_CHECKLIST = "save-checklist";

  ReviewPage(WebDriver driver) {
    super(driver);
    visible(By.id("task-name"));
    visible(By.id("approve"));
  }

  /** The deal's comment threads beside the contract. */
  public CommentThreadsSection comments() {
    return new CommentThreadsSection(driver);
  }

  public String taskName() {
    return textOf(visible(By.id("task-name")));
  }

  public String contractText() {
    return textOf(visible(By.id("contract-text")));
  }

  /** The text of one numbered clause, e.g. "2" or "7.1", with its number and heading. */
  public String clause(String number) {
    return textOf(visible(By.id("clause-" + number.replace('.', '-'))));
  }

  /**
   * Answers one checklist item by the label of its answer ("Satisfied", "Not satisfied", "Not
   * applicable"), without saving.
   */
  public ReviewPage answer(String itemId, String answerLabel) {
    choose(answerGroup(itemId), answerLabel);
    return this;
  }

  /** Writes the note of one checklist item, without saving. */
  public ReviewPage note(String itemId, String note) {
    type("note-" + itemId.replace('.', '-'), note);
    return this;
  }

  /** Answers every checklist item not yet satisfied as satisfied and saves the answers. */
  public ReviewPage answerEveryItemSatisfied() {
    openEveryChecklistSection();
    List<WebElement> groups =
        driver.findElements(By.cssSelector("#checklist vaadin-radio-group[id^='answer-']"));
    boolean changed = false;
    for (WebElement group : groups) {
      changed |= choose(group, "Satisfied");
    }
    return changed ? saveChecklist() : this;
  }

  /** Saves the checklist answers and waits until the server has stored them. */
  public ReviewPage saveChecklist() {
    WebElement save = visible(By.id(SAVE_CHECKLIST));
    wait.until(ignored -> save.getDomAttribute("disabled") == null);
    click(save);
    // The button is enabled only while answers are unsaved.
    wait.until(ignored -> save.getDomAttribute("disabled") != null);
    return this;
  }

  /** What still blocks an approval, or that nothing does. */
  public String checklistStatus() {
    return textOf(visible(By.id("checklist-status")));
  }

  public ReviewPage comment(String text) {
    type("decision-comment", text);
    return this;
  }

  /** The conditions of an approval with conditions, one per line. */
  public ReviewPage conditions(String... conditions) {
    type("decision-conditions", String.join("\n", conditions));
    return this;
  }

  /** Ticks the three statements of a pre-signoff confirmation. */
  public ReviewPage confirmAll() {
    for (String id : List.of("confirm-deployment", "confirm-risk", "confirm-monitoring")) {
      WebElement checkbox = visible(By.id(id));
      if (checkbox.getDomAttribute("checked") == null) {
        click(checkbox);
        wait.until(ignored -> checkbox.getDomAttribute("checked") != null);
      }
    }
    return this;
  }

  /** The history of the review: one line per step, newest first. */
  public List<String> history() {
    WebElement history = visible(By.id("history"));
    open(history);
    return history.findElements(By.cssSelector("li")).stream().map(VaadinPage::textOf).toList();
  }

  /** Approves and waits for the confirmation; the user is taken back to the inbox. */
  public Decided approve() {
    return decide("approve", "approved");
  }

  /** Approves with the conditions entered and waits for the confirmation. */
  public Decided approveWithConditions() {
    return decide("approve-with-conditions", "approved with conditions");
  }

  /** Asks the owner for a revision and waits for the confirmation. */
  public Decided requestChanges() {
    return decide("request-changes", "changes requested");
  }

  private Decided decide(String button, String confirmationText) {
    waitUntilServerIdle();
    click(By.id(button));
    String confirmation = notificationContaining(confirmationText);
    wait.until(ignored -> driver.findElements(By.id("task-name")).isEmpty());
    return new Decided(confirmation, new InboxPage(driver));
  }

  private WebElement answerGroup(String itemId) {
    WebElement group = driver.findElement(By.id("answer-" + itemId.replace('.', '-')));
    WebElement section =
        group.findElement(
            By.xpath("ancestor::vaadin-details[starts-with(@id, 'checklist-section-')]"));
    open(section);
    return group;
  }

  /** Checks the radio button with the label in the group; false when it was checked already. */
  private boolean choose(WebElement group, String label) {
    WebElement radio =
        wait.until(
            ignored ->
                group.findElements(By.tagName("vaadin-radio-button")).stream()
                    .filter(button -> label.equals(textOf(button)))
                    .findFirst()
                    .orElse(null));
    if (radio.getDomAttribute("checked") != null) {
      return false;
    }
    click(radio.findElement(By.tagName("label")));
    wait.until(ignored -> radio.getDomAttribute("checked") != null);
    return true;
  }

  private void openEveryChecklistSection() {
    driver
        .findElements(By.cssSelector("#checklist vaadin-details"))
        .forEach(section -> open(section));
  }

  private void open(WebElement details) {
    if (details.getDomAttribute("opened") == null) {
      click(details.findElement(By.tagName("vaadin-details-summary")));
      wait.until(ignored -> details.getDomAttribute("opened") != null);
    }
  }

  /** What the user sees after deciding: the confirmation and their inbox. */
  public record Decided(String confirmation, InboxPage inbox) {}
}
