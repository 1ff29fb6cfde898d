package dev.signoff.ui.pages;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The comment threads of a deal, beside the contract on the review screen or on the deal page. */
public class CommentThreadsSection extends VaadinPage {

  CommentThreadsSection(WebDriver driver) {
    super(driver);
    visible(By.id("comment-threads"));
  }

  /** Starts a thread on a numbered clause with the "Comment" button of the clause. */
  public CommentThreadsSection commentOnClause(String number, String text) {
    click(By.id("comment-clause-" + number.replace('.', '-')));
    type("new-thread-body", text);
    waitUntilServerIdle();
    click(By.id("new-thread-post"));
    wait.until(ignored -> driver.findElements(By.id("new-thread-post")).isEmpty());
    return this;
  }

  private static final String SELECT_WORDS =
      """
      const [block, words] = arguments;
      const node = block.querySelector('.clause-text').firstChild;
      const at = node.textContent.indexOf(words);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const selection = document.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return at;
      """;

  /**
   * Selects words in a numbered clause as a user does with the mouse, and starts a thread on the
   * selection; returns the quote the dialog showed.
   */
  public String commentOnSelection(String number, String words, String text) {
    WebElement clause = visible(By.id("clause-" + number.replace('.', '-')));
    Object at = ((JavascriptExecutor) driver).executeScript(SELECT_WORDS, clause, words);
    if (((Number) at).intValue() < 0) {
      throw new IllegalArgumentException("Clause " + number + " does not say: " + words);
    }
    click(By.id("comment-on-selection"));
    String quote = textOf(visible(By.id("new-thread-quote")));
    type("new-thread-body", text);
    waitUntilServerIdle();
    click(By.id("new-thread-post"));
    wait.until(ignored -> driver.findElements(By.id("new-thread-post")).isEmpty());
    return quote;
  }

  /** The thread about {@code about} (e.g. "2 Liability"), once it is shown. */
  public ThreadCard thread(String about) {
    return threadWithin(about, TIMEOUT);
  }

  /** The thread about {@code about}, if it shows up within the given time. */
  public ThreadCard threadWithin(String about, Duration within) {
    WebElement card =
        new WebDriverWait(driver, within)
            .ignoring(StaleElementReferenceException.class)
            .until(ignored -> findThread(about).orElse(null));
    return new ThreadCard(driver, card.getDomAttribute("id"));
  }

  private Optional<WebElement> findThread(String about) {
    return driver.findElements(By.cssSelector("#thread-list .comment-thread")).stream()
        .filter(
            card -> {
              List<WebElement> anchor = card.findElements(By.className("thread-anchor"));
              return !anchor.isEmpty() && about.equals(textOf(anchor.get(0)));
            })
        .findFirst();
  }

  /** One thread card, found again by its id for each look, as push may re-render its content. */
  public static class ThreadCard extends VaadinPage {

    private final String id;

    ThreadCard(WebDriver driver, String id) {
      super(driver);
      this.id = id;
    }

    private WebElement card() {
      return visible(By.id(id));
    }

    private String threadId() {
      return id.substring("thread-".length());
    }

    /** "Open", or "Resolved by …". */
    public String status() {
      return textOf(card().findElement(By.className("thread-status")));
    }

    /** Waits until the status starts with {@code expected}, at most {@code within}. */
    public ThreadCard waitForStatus(String expected, Duration within) {
      new WebDriverWait(driver, within)
          .ignoring(StaleElementReferenceException.class)
          .until(ignored -> status().startsWith(expected));
      return this;
    }

    /** The text of each comment, oldest first, as rendered. */
    public List<String> comments() {
      return card().findElements(By.cssSelector(".comment .comment-body")).stream()
          .map(VaadinPage::textOf)
          .toList();
    }

    /** The quoted text of a range or of an outdated anchor, with the version it is from. */
    public String quote() {
      return textOf(card().findElement(By.className("thread-quote")));
    }

    public List<String> authors() {
      return card().findElements(By.cssSelector(".comment .comment-author")).stream()
          .map(VaadinPage::textOf)
          .toList();
    }

    /** Waits until a comment containing the text is shown, at most {@code within}. */
    public ThreadCard waitForComment(String text, Duration within) {
      new WebDriverWait(driver, within)
          .ignoring(StaleElementReferenceException.class)
          .until(ignored -> comments().stream().anyMatch(comment -> comment.contains(text)));
      return this;
    }

    public boolean isHighlighted() {
      String classes = card().getDomAttribute("class");
      return classes != null && classes.contains("thread-highlighted");
    }

    /**
     * Replies with a mention chosen from the suggestions: types {@code before}, then {@code @} and
     * {@code typedPrefix}, picks {@code mention} from the list that appears, and types {@code
     * after}.
     */
    public ThreadCard replyMentioning(
        String before, String typedPrefix, String mention, String after) {
      String replyId = "reply-" + threadId();
      WebElement textarea = visible(By.id(replyId)).findElement(By.tagName("textarea"));
      click(textarea);
      textarea.sendKeys(before + "@" + typedPrefix);
      click(By.id(replyId + "-mention-" + mention));
      wait.until(
          ignored ->
              String.valueOf(textarea.getDomProperty("value")).endsWith("@" + mention + " "));
      textarea.sendKeys(after);
      waitUntilServerIdle();
      click(By.id("reply-send-" + threadId()));
      String refused =
          wait.until(
              ignored ->
                  String.valueOf(textarea.getDomProperty("value")).isEmpty()
                      ? ""
                      : driver.findElements(By.tagName("vaadin-notification-card")).stream()
                          .map(VaadinPage::textOf)
                          .filter(message -> !message.isEmpty())
                          .findFirst()
                          .orElse(null));
      if (!refused.isEmpty()) {
        throw new AssertionError("The reply was refused: " + refused);
      }
      return this;
    }

    /** Replies with plain text and waits until the reply box is empty again. */
    public ThreadCard reply(String text) {
      String replyId = "reply-" + threadId();
      WebElement textarea = visible(By.id(replyId)).findElement(By.tagName("textarea"));
      click(textarea);
      textarea.sendKeys(text);
      waitUntilServerIdle();
      click(By.id("reply-send-" + threadId()));
      wait.until(ignored -> String.valueOf(textarea.getDomProperty("value")).isEmpty());
      return this;
    }

    public ThreadCard resolve() {
      click(By.id("resolve-" + threadId()));
      return waitForStatus("Resolved by", TIMEOUT);
    }
  }
}
