package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.SignoffApplication;
import dev.signoff.identity.Roles;
import dev.signoff.support.ServerDataDirectory;
import dev.signoff.ui.pages.InboxPage;
import dev.signoff.ui.pages.LoginPage;
import dev.signoff.ui.pages.ReviewPage;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the browser tests share: one server (the same configuration for every subclass, so Spring
 * starts it once for all of them), a headless browser per test class, logging in through the
 * identity provider, and the browser state of a failed test kept under {@code
 * target/journey-failures}.
 */
@SpringBootTest(
    classes = SignoffApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:journey;DB_CLOSE_DELAY=-1",
      "signoff.demo.enabled=false",
      // The development-mode popup sits in a corner of the page and can cover the buttons.
      "vaadin.devmode.devTools.enabled=false"
    })
abstract class BrowserJourney {

  static final Path FAILURES = Path.of("target", "journey-failures");
  static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");

  static final Path serverData = ServerDataDirectory.create("journey");

  static Browser browser;

  @LocalServerPort int port;

  /** Demo user and the group whose review they give. */
  record Reviewer(String username, String group) {}

  @RegisterExtension
  final AfterTestExecutionCallback keepBrowserStateOfFailure =
      context ->
          context
              .getExecutionException()
              .ifPresent(
                  failure ->
                      browser.saveEvidence(FAILURES, context.getRequiredTestMethod().getName()));

  @DynamicPropertySource
  static void serverDataInTemporaryDirectory(DynamicPropertyRegistry properties) {
    properties.add("signoff.search.directory", () -> serverData.resolve("index").toString());
    properties.add(
        "signoff.identity.key-file",
        () -> serverData.resolve("identity").resolve("signing-key.json").toString());
  }

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  /**
   * A reviewer answers every checklist item as satisfied and approves; the task leaves their inbox.
   */
  void answerChecklistAndApproveAs(Reviewer reviewer, String title, String clause) {
    InboxPage inbox = logIn(reviewer.username());
    assertThat(inbox.listsTaskFor(title)).isTrue();

    ReviewPage review = inbox.openTaskFor(title);
    assertThat(review.taskName()).isEqualTo(reviewName(reviewer));
    assertThat(review.contractText()).contains(clause);
    review.answerEveryItemSatisfied();
    assertThat(review.checklistStatus()).startsWith("Every required item is answered");
    browser.screenshot(SCREENSHOTS.resolve("review-" + reviewer.group() + ".png"));
    review.comment("No objections from " + reviewer.group() + ".");
    ReviewPage.Decided approved = review.approve();

    assertThat(approved.confirmation()).contains("approved");
    // After the last review the group's pre-signoff confirmation may already be waiting.
    assertThat(approved.inbox().taskNamesFor(title)).doesNotContain(reviewName(reviewer));
    approved.inbox().logOut();
  }

  static String reviewName(Reviewer reviewer) {
    return Roles.label(reviewer.group()) + " review";
  }

  InboxPage logIn(String username) {
    return LoginPage.visit(driver(), baseUrl() + "/").logInAs(username);
  }

  WebDriver driver() {
    return browser.driver();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder(length);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }
}
