package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.SignoffApplication;
import dev.signoff.support.ServerDataDirectory;
import dev.signoff.ui.pages.DealPage;
import dev.signoff.ui.pages.DealsBoardPage;
import dev.signoff.ui.pages.InboxPage;
import dev.signoff.ui.pages.LoginPage;
import dev.signoff.ui.pages.PrecedentSearchPage;
import dev.signoff.ui.pages.PrecedentSearchPage.PrecedentHit;
import dev.signoff.ui.pages.ReviewPage;
import dev.signoff.ui.pages.SubmitDealPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deal's whole way through the browser: the owner submits it with its contract, the four review
 * groups approve it, the manager gives the final approval, and the signed deal turns up in the
 * precedent search. Every user signs in through the identity provider's login form.
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
class DealReviewJourneyIT {

  private static final Path FAILURES = Path.of("target", "journey-failures");
  private static final Path SCREENSHOTS = Path.of("target", "journey-screenshots");
  private static final String CLAUSE =
      "The aggregate liability cap equals twelve months of fees; breach notification within 48"
          + " hours.";

  /** Demo user and the group whose review they give. */
  private record Reviewer(String username, String group) {}

  private static final List<Reviewer> REVIEWERS =
      List.of(
          new Reviewer("legal", "legal"),
          new Reviewer("security", "security-privacy"),
          new Reviewer("engineering", "engineering"),
          new Reviewer("product", "product"));

  static final Path serverData = ServerDataDirectory.create("journey");

  private static Browser browser;

  @LocalServerPort int port;

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
    }
  }

  @Test
  void dealApprovedByAllReviewersAndManagerIsSignedAndFoundAsPrecedent(@TempDir Path files)
      throws IOException {
    String marker = randomLetters(10);
    String title = "Assistant rollout " + marker;
    String distinctiveWord = "quorvant" + marker;
    Path contract = files.resolve("master-services-agreement.md");
    Files.writeString(
        contract,
        """
        # Master services agreement

        ## Liability

        %s

        ## Model changes

        The vendor announces each %s model change thirty days in advance.
        """
            .formatted(CLAUSE, distinctiveWord),
        StandardCharsets.UTF_8);

    submitAsOwner(title, contract);
    for (Reviewer reviewer : REVIEWERS) {
      approveReviewAs(reviewer, title);
    }
    InboxPage managerInbox = logIn("manager");
    giveFinalApproval(managerInbox, title);
    dealIsSigned(title);
    signedDealIsFoundAsPrecedent(title, distinctiveWord);
  }

  private void submitAsOwner(String title, Path contract) {
    logIn("owner");
    DealPage deal =
        SubmitDealPage.open(driver(), baseUrl())
            .title(title)
            .vendor("Quorvant Labs")
            .models(List.of("QL-Small 2.1", "QL-Embed 1.0"))
            .hosting("Vendor-hosted SaaS")
            .useCase("Summarise support tickets for the first-line team.")
            .personalData(true)
            .uploadContract(contract)
            .submit();

    assertThat(deal.stage()).isEqualTo("In review");
    for (Reviewer reviewer : REVIEWERS) {
      assertThat(deal.signOff(reviewer.group())).endsWith(": pending");
    }
    assertThat(deal.contractText()).contains(CLAUSE);

    LoginPage login = deal.logOut();
    assertThat(login.asksForCredentials()).isTrue();
    assertThat(LoginPage.visit(driver(), baseUrl() + "/deals/new").asksForCredentials()).isTrue();
  }

  private void approveReviewAs(Reviewer reviewer, String title) {
    InboxPage inbox = logIn(reviewer.username());
    assertThat(inbox.listsTaskFor(title)).isTrue();

    ReviewPage review = inbox.openTaskFor(title);
    assertThat(review.contractText()).contains(CLAUSE);
    review.comment("No objections from " + reviewer.group() + ".");
    if (reviewer == REVIEWERS.get(0)) {
      browser.screenshot(SCREENSHOTS.resolve("review.png"));
    }
    ReviewPage.Approved approved = review.approve();

    assertThat(approved.confirmation()).contains("approved");
    assertThat(approved.inbox().listsTaskFor(title)).isFalse();
    approved.inbox().logOut();
  }

  private void giveFinalApproval(InboxPage inbox, String title) {
    assertThat(inbox.listsTaskFor(title)).isTrue();
    ReviewPage finalApproval = inbox.openTaskFor(title);
    assertThat(finalApproval.taskName()).isEqualTo("Final approval");
    finalApproval.comment("Signed off for the rollout.");

    ReviewPage.Approved approved = finalApproval.approve();

    assertThat(approved.confirmation()).contains("approved").contains("signed");
    assertThat(approved.inbox().listsTaskFor(title)).isFalse();
  }

  private void dealIsSigned(String title) {
    DealPage deal = DealsBoardPage.open(driver(), baseUrl()).openDeal(title);

    assertThat(deal.stage()).isEqualTo("Signed");
    assertThat(deal.decisions()).hasSize(5);
    for (Reviewer reviewer : REVIEWERS) {
      assertThat(deal.signOff(reviewer.group())).contains("approved by " + reviewer.username());
    }
    assertThat(deal.signOff("manager")).contains("approved by manager");
  }

  private void signedDealIsFoundAsPrecedent(String title, String distinctiveWord) {
    PrecedentHit hit =
        PrecedentSearchPage.open(driver(), baseUrl())
            .searchUntilFound(distinctiveWord, title, Duration.ofSeconds(20));
    browser.screenshot(SCREENSHOTS.resolve("precedents.png"));

    assertThat(hit.highlighted()).contains(distinctiveWord);
    assertThat(hit.fragments())
        .anySatisfy(fragment -> assertThat(fragment).contains(distinctiveWord + " model change"));
  }

  private InboxPage logIn(String username) {
    return LoginPage.visit(driver(), baseUrl() + "/").logInAs(username);
  }

  private WebDriver driver() {
    return browser.driver();
  }

  private String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  private static String randomLetters(int length) {
    StringBuilder letters = new StringBuilder(length);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int i = 0; i < length; i++) {
      letters.append((char) ('a' + random.nextInt(26)));
    }
    return letters.toString();
  }
}
