package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.contract.ContractFile;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.ui.pages.CommentThreadsSection.ThreadCard;
import dev.signoff.ui.pages.InboxPage;
import dev.signoff.ui.pages.LoginPage;
import dev.signoff.ui.pages.ReviewPage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two reviewers discuss a clause at the same time, each in a browser of their own: what one writes
 * or resolves shows up in the other's open review screen through server push, without reloading,
 * and a mention reaches the mentioned reviewer's notification bell.
 */
class CommentThreadsLiveIT extends BrowserJourney {

  /** How long a change may take to show up in the other browser before the test fails. */
  private static final Duration LIVE = Duration.ofSeconds(5);

  private static final String CONTRACT =
      """
      # Master services agreement

      ## 1. Services

      The vendor provides the summarisation models named in the order form.

      ## 2. Liability

      Each party's aggregate liability is capped at the fees paid in the six months before the claim.

      ## 3. Term

      This agreement runs for twelve months from signature.
      """;

  private static Browser securityBrowser;

  @Autowired DealService deals;

  @RegisterExtension
  final AfterTestExecutionCallback keepSecurityBrowserStateOfFailure =
      context ->
          context
              .getExecutionException()
              .ifPresent(
                  failure ->
                      securityBrowser.saveEvidence(
                          FAILURES, context.getRequiredTestMethod().getName() + "-security"));

  @BeforeAll
  static void startSecondBrowser() {
    securityBrowser = Browser.start();
  }

  @AfterAll
  static void quitSecondBrowser() {
    if (securityBrowser != null) {
      securityBrowser.close();
      securityBrowser = null;
    }
  }

  @Test
  void commentReplyWithMentionAndResolutionShowUpLiveInTheOtherBrowser() {
    String title = "Ticket summaries " + randomLetters(10);
    submitAsOwner(title);

    ReviewPage security =
        LoginPage.visit(securityBrowser.driver(), baseUrl() + "/")
            .logInAs("security")
            .openTaskFor(title);
    security.markPage();
    ReviewPage legal = logIn("legal").openTaskFor(title);
    assertThat(legal.unreadNotifications()).isZero();

    legal.comments().commentOnClause("2", "Six months of fees is too low a cap for this use.");
    ThreadCard legalThread = legal.comments().thread("2 Liability");
    assertThat(legalThread.comments())
        .containsExactly("Six months of fees is too low a cap for this use.");

    long postedAt = System.nanoTime();
    ThreadCard securityThread = security.comments().threadWithin("2 Liability", LIVE);
    long shownAfterMillis = (System.nanoTime() - postedAt) / 1_000_000;
    System.out.println(
        "Comment shown in the other browser after "
            + shownAfterMillis
            + " ms, pushed over "
            + security.pushTransport());
    assertThat(securityThread.comments())
        .containsExactly("Six months of fees is too low a cap for this use.");
    assertThat(securityThread.authors()).containsExactly("legal");
    assertThat(securityThread.status()).isEqualTo("Open");
    assertThat(security.pageKeptItsMark()).as("the page was not reloaded").isTrue();

    securityThread.replyMentioning(
        "Agreed. ", "le", "legal", "could you ask for twelve months and a carve-out?");
    securityThread.waitForComment("could you ask for twelve months", LIVE);

    legal.waitForUnreadNotifications(1, LIVE);
    ReviewPage legalAgain = legal.openNotificationOfReview("security mentioned you");
    ThreadCard linked = legalAgain.comments().thread("2 Liability");
    assertThat(linked.isHighlighted()).isTrue();
    assertThat(linked.comments())
        .hasSize(2)
        .last()
        .satisfies(
            reply ->
                assertThat(reply)
                    .isEqualTo("Agreed. @legal could you ask for twelve months and a carve-out?"));
    assertThat(legalAgain.unreadNotifications()).isZero();

    linked.resolve();
    assertThat(linked.status()).isEqualTo("Resolved by legal");

    securityThread.waitForStatus("Resolved by legal", LIVE);
    assertThat(security.pageKeptItsMark()).as("the page was not reloaded").isTrue();
    securityBrowser.screenshot(SCREENSHOTS.resolve("comment-thread-resolved-live.png"));

    String quoted =
        legalAgain
            .comments()
            .commentOnSelection("3", "twelve months from signature", "Is renewal automatic?");
    assertThat(quoted).isEqualTo("“twelve months from signature”");
    ThreadCard onRange =
        security.comments().threadWithin("“twelve months from signature” in 3 Term", LIVE);
    assertThat(onRange.quote()).endsWith("“twelve months from signature”");
    assertThat(onRange.comments()).containsExactly("Is renewal automatic?");
    assertThat(security.pageKeptItsMark()).as("the page was not reloaded").isTrue();

    InboxPage legalInbox = legalAgain.inboxFromMenu();
    assertThat(legalInbox.commentActivityOf(title)).isEqualTo("1 open thread");
    legalInbox.markPage();
    onRange.reply("Only with ninety days' notice to end it.");
    legalInbox.waitForCommentActivity(title, "1 open thread · 1 new", LIVE);
    assertThat(legalInbox.pageKeptItsMark()).as("the inbox was not reloaded").isTrue();
  }

  private void submitAsOwner(String title) {
    DealDetails deal =
        CurrentCaller.runAs(
            new Caller("owner", Set.of(Roles.DEAL_OWNER)),
            () ->
                deals.submit(
                    new DealSheet(
                        title,
                        "Quillmark AI",
                        List.of("QM-Summarise 2"),
                        HostingModel.VENDOR_SAAS,
                        "Summarise support tickets for the first-line team.",
                        false),
                    new ContractFile("agreement.md", CONTRACT.getBytes(StandardCharsets.UTF_8))));
    assertThat(deal.requiredReviews()).contains(Roles.LEGAL, Roles.SECURITY_PRIVACY);
  }
}
