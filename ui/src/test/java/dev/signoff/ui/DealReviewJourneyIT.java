package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.identity.Roles;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal's whole way through the browser: the owner submits it with its contract, each review group
 * answers its checklist and approves, each group confirms the pre-signoff, the manager gives the
 * final approval, and the signed deal turns up in the precedent search. Every user signs in through
 * the identity provider's login form.
 */
class DealReviewJourneyIT extends BrowserJourney {

  private static final String CLAUSE =
      "The aggregate liability cap equals twelve months of fees; breach notification within 48"
          + " hours.";

  private static final List<Reviewer> REVIEWERS =
      List.of(
          new Reviewer("legal", "legal"),
          new Reviewer("security", "security-privacy"),
          new Reviewer("engineering", "engineering"),
          new Reviewer("product", "product"),
          // Personal data is sent to the model, so routing adds the privacy officer's review.
          new Reviewer("privacy", "privacy-officer"));

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
      answerChecklistAndApproveAs(reviewer, title, CLAUSE);
    }
    for (Reviewer reviewer : REVIEWERS) {
      confirmPreSignoffAs(reviewer, title);
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

  private void confirmPreSignoffAs(Reviewer reviewer, String title) {
    InboxPage inbox = logIn(reviewer.username());
    assertThat(inbox.listsTaskFor(title)).isTrue();

    ReviewPage confirmation = inbox.openTaskFor(title);
    assertThat(confirmation.taskName())
        .isEqualTo(Roles.label(reviewer.group()) + " pre-signoff confirmation");
    if (reviewer == REVIEWERS.get(0)) {
      browser.screenshot(SCREENSHOTS.resolve("pre-signoff.png"));
    }
    ReviewPage.Decided confirmed = confirmation.confirmAll().approve();

    assertThat(confirmed.confirmation()).contains("approved");
    assertThat(confirmed.inbox().listsTaskFor(title)).isFalse();
    confirmed.inbox().logOut();
  }

  private void giveFinalApproval(InboxPage inbox, String title) {
    assertThat(inbox.listsTaskFor(title)).isTrue();
    ReviewPage finalApproval = inbox.openTaskFor(title);
    assertThat(finalApproval.taskName()).isEqualTo("Final approval");
    finalApproval.comment("Signed off for the rollout.");

    ReviewPage.Decided approved = finalApproval.approve();

    assertThat(approved.confirmation()).contains("approved").contains("signed");
    assertThat(approved.inbox().listsTaskFor(title)).isFalse();
  }

  private void dealIsSigned(String title) {
    DealPage deal = DealsBoardPage.open(driver(), baseUrl()).openDeal(title);

    assertThat(deal.stage()).isEqualTo("Signed");
    // One review and one pre-signoff confirmation per group, and the final approval.
    assertThat(deal.decisions()).hasSize(2 * REVIEWERS.size() + 1);
    for (Reviewer reviewer : REVIEWERS) {
      assertThat(deal.signOff(reviewer.group())).contains("approved by " + reviewer.username());
      assertThat(deal.preSignoff(reviewer.group())).contains("approved by " + reviewer.username());
    }
    assertThat(deal.signOff("manager")).contains("approved by manager");
    assertThat(deal.timeline())
        .anySatisfy(entry -> assertThat(entry).contains("Pre-signoff review started"))
        .anySatisfy(entry -> assertThat(entry).contains("Final approval started"))
        .last()
        .satisfies(entry -> assertThat(entry).contains("Signed"));
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
}
