package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.ui.pages.ContractComparePage;
import dev.signoff.ui.pages.DealPage;
import dev.signoff.ui.pages.DealsBoardPage;
import dev.signoff.ui.pages.InboxPage;
import dev.signoff.ui.pages.ReviewPage;
import dev.signoff.ui.pages.RevisionPage;
import dev.signoff.ui.pages.SubmitDealPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request for changes in the browser: legal asks for a higher liability cap while the other
 * groups approve (security after claiming its task, product with a condition), the owner uploads a
 * revised contract with an answer, legal alone reviews again (the other approvals carry over
 * because their clauses did not change) and the deal moves on to the pre-signoff review, with every
 * step on its timeline. The owner sees the revision as a redline of the two contract versions.
 */
class RevisionLoopIT extends BrowserJourney {

  private static final String CONTRACT =
      """
      # Master services agreement

      ## 1. Services

      The vendor provides the assistant models named in the order form.

      ## 2. Liability

      Each party's aggregate liability is capped at the amounts paid in the %s before the claim.

      ## 3. Term

      This agreement runs for twelve months from signature.
      """;
  private static final String DRAFT_CAP = "six months";
  private static final String REVISED_CAP =
      "twenty-four months before the claim; the cap does not apply to gross negligence or wilful"
          + " misconduct";
  private static final String LIABILITY_CAP_ITEM = "risk-allocation.liability-cap";
  private static final String REQUEST =
      "Raise the liability cap to twenty-four months of fees and carve out gross negligence.";
  private static final String ANSWER = "The cap is now twenty-four months, with the carve-out.";

  private static final String CONDITION = "Usage is reported to product every month.";

  @Test
  void changesRequestedByLegalAreRevisedAndReviewedAgainByLegalOnly(@TempDir Path files)
      throws IOException {
    String title = "Contract drafting assistant " + randomLetters(10);
    Path draft = files.resolve("draft-agreement.md");
    Files.writeString(draft, CONTRACT.formatted(DRAFT_CAP), StandardCharsets.UTF_8);
    Path revised = files.resolve("revised-agreement.md");
    Files.writeString(revised, CONTRACT.formatted(REVISED_CAP), StandardCharsets.UTF_8);

    submitAsOwner(title, draft);
    legalRequestsChanges(title);
    securityClaimsItsReview(title);
    answerChecklistAndApproveAs(new Reviewer("security", "security-privacy"), title, DRAFT_CAP);
    answerChecklistAndApproveAs(new Reviewer("engineering", "engineering"), title, DRAFT_CAP);
    productApprovesWithCondition(title);
    ownerSubmitsRevision(title, revised);
    legalApprovesRevision(title);
    timelineShowsTheRevisionLoop(title);
  }

  private void submitAsOwner(String title, Path contract) {
    logIn("owner");
    DealPage deal =
        SubmitDealPage.open(driver(), baseUrl())
            .title(title)
            .vendor("Lexora Systems")
            .models(List.of("LX-Draft 3.0"))
            .hosting("Vendor-hosted SaaS")
            .useCase("Suggest first drafts of standard supplier contracts.")
            .personalData(false)
            .uploadContract(contract)
            .submit();

    assertThat(deal.stage()).isEqualTo("In review");
    assertThat(deal.signOff("legal")).endsWith(": pending");
    deal.logOut();
  }

  private void legalRequestsChanges(String title) {
    ReviewPage review = logIn("legal").openTaskFor(title);
    assertThat(review.clause("2")).startsWith("2 Liability").contains(DRAFT_CAP);

    review
        .answer("data-rights.customer-ownership", "Satisfied")
        .answer(LIABILITY_CAP_ITEM, "Not satisfied")
        .note(LIABILITY_CAP_ITEM, "Six months of fees is too low for this use.")
        .saveChecklist();
    assertThat(review.checklistStatus())
        .contains("not answered")
        .contains("1 required item not satisfied")
        .contains(LIABILITY_CAP_ITEM);

    ReviewPage.Decided decided = review.comment(REQUEST).requestChanges();

    assertThat(decided.confirmation()).contains("changes requested");
    assertThat(decided.inbox().listsTaskFor(title)).isFalse();
    decided.inbox().logOut();
  }

  private void securityClaimsItsReview(String title) {
    InboxPage inbox = logIn("security");
    assertThat(inbox.assigneeOf(title)).isEqualTo("Claim");

    InboxPage claimed = inbox.claimTaskFor(title);

    assertThat(claimed.assigneeOf(title)).isEqualTo("security");
    assertThat(claimed.taskNamesFor(title)).containsExactly("Security & privacy review");
    claimed.logOut();
  }

  private void productApprovesWithCondition(String title) {
    ReviewPage review = logIn("product").openTaskFor(title);
    review.answerEveryItemSatisfied();

    ReviewPage.Decided decided =
        review.comment("Fine once usage is visible.").conditions(CONDITION).approveWithConditions();

    assertThat(decided.confirmation())
        .contains("approved with conditions")
        .contains("Deal is now changes requested");
    decided.inbox().logOut();
  }

  private void ownerSubmitsRevision(String title, Path revised) {
    InboxPage inbox = logIn("owner");
    assertThat(inbox.listsTaskFor(title)).isTrue();

    RevisionPage revision = inbox.openRevisionFor(title);
    assertThat(revision.taskName()).startsWith("Revise the contract");
    assertThat(revision.requests())
        .hasSize(2)
        .anySatisfy(request -> assertThat(request).startsWith("Legal").contains(REQUEST))
        .anySatisfy(
            request ->
                assertThat(request)
                    .startsWith("Product approved with conditions")
                    .contains(CONDITION));
    browser.screenshot(SCREENSHOTS.resolve("revision.png"));

    DealPage deal = revision.uploadContract(revised).answer(ANSWER).submit();

    assertThat(deal.stage()).isEqualTo("In review");
    assertThat(deal.signOff("legal")).contains("pending").contains("round 2");
    assertThat(deal.signOffNote("legal")).contains("Changes requested in round 1");
    // Their clauses did not change, so their approvals carry over.
    assertThat(deal.signOff("security-privacy")).contains("approved by security");
    assertThat(deal.signOff("engineering")).contains("approved by engineering");
    assertThat(deal.signOff("product")).contains("approved with conditions by product");
    assertThat(deal.signOffConditions("product")).contains(CONDITION);
    assertThat(deal.contractText()).contains(REVISED_CAP);
    redlineShowsTheRevision(deal);
  }

  private void redlineShowsTheRevision(DealPage deal) {
    ContractComparePage redline = deal.compareVersions();

    assertThat(redline.summary()).startsWith("1 changed, 0 added, 0 removed, 0 moved");
    assertThat(redline.clauses()).containsExactly("2 changed");
    assertThat(redline.deletedTexts()).anySatisfy(text -> assertThat(text).contains("six"));
    assertThat(redline.insertedTexts())
        .anySatisfy(text -> assertThat(text).contains("twenty-four"));
    browser.screenshot(SCREENSHOTS.resolve("redline.png"));
    redline.logOut();
  }

  private void legalApprovesRevision(String title) {
    InboxPage inbox = logIn("legal");
    assertThat(inbox.listsTaskFor(title)).isTrue();
    ReviewPage review = inbox.openTaskFor(title);
    assertThat(review.clause("2")).contains(REVISED_CAP);
    assertThat(review.history())
        .anySatisfy(step -> assertThat(step).contains("Review reopened"))
        .anySatisfy(step -> assertThat(step).contains("Revised contract uploaded by owner"))
        .anySatisfy(
            step -> assertThat(step).contains("Changes requested by legal").contains(REQUEST));

    review.answerEveryItemSatisfied();
    assertThat(review.checklistStatus()).startsWith("Every required item is answered");
    ReviewPage.Decided approved = review.comment("The revised cap is acceptable.").approve();

    assertThat(approved.confirmation()).contains("approved").contains("pre-signoff review");
    assertThat(approved.inbox().taskNamesFor(title))
        .containsExactly("Legal pre-signoff confirmation");
    approved.inbox().logOut();
  }

  private void timelineShowsTheRevisionLoop(String title) {
    logIn("manager");
    DealPage deal = DealsBoardPage.open(driver(), baseUrl()).openDeal(title);

    assertThat(deal.stage()).isEqualTo("Pre-signoff review");
    assertThat(deal.signOff("legal")).contains("approved by legal").contains("round 2");
    assertThat(deal.timeline())
        .anySatisfy(
            step ->
                assertThat(step)
                    .contains("Legal review · round 1")
                    .contains("Changes requested by legal")
                    .contains(REQUEST))
        .anySatisfy(
            step ->
                assertThat(step).contains("Revised contract uploaded by owner").contains(ANSWER))
        .anySatisfy(step -> assertThat(step).contains("Legal review · round 2 · Review reopened"))
        .anySatisfy(
            step ->
                assertThat(step).contains("Legal review · round 2").contains("Approved by legal"))
        .anySatisfy(step -> assertThat(step).contains("Pre-signoff review started"));
    browser.screenshot(SCREENSHOTS.resolve("timeline.png"));
  }
}
