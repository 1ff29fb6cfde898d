package dev.signoff.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {DealReviewProcessTest.MODEL, DealRoutingDecisionTest.DECISIONS})
class DealReviewProcessTest {

  static final String MODEL = "bpmn/deal-review.bpmn";

  private static final String PROCESS_KEY = "dealReview";
  private static final String CHECK_PROHIBITED_USE = "Task_CheckProhibitedUse";
  private static final String MARK_REJECTED_AT_INTAKE = "Task_MarkRejectedAtIntake";
  private static final String REJECTED_AT_INTAKE = "EndEvent_RejectedAtIntake";
  private static final String ASSESS_RISK = "Task_AssessRisk";
  private static final String DETERMINE_REVIEWS = "Task_DetermineReviews";
  private static final String RECORD_ROUTING = "Task_RecordRouting";
  private static final String REVIEW_ROUND = "SubProcess_Review";
  private static final String SET_REVIEW_DEADLINES = "Task_SetReviewDeadlines";
  private static final String REVIEW = "Task_Review";
  private static final String REVIEW_GIVEN = "EndEvent_ReviewGiven";
  private static final String REMINDER_TIMER = "Timer_ReviewReminder";
  private static final String REMIND_REVIEWERS = "Task_RemindReviewers";
  private static final String REMINDED = "EndEvent_Reminded";
  private static final String ESCALATION_TIMER = "Timer_ReviewEscalation";
  private static final String ESCALATE_REVIEW = "Task_EscalateReview";
  private static final String ESCALATED = "EndEvent_Escalated";
  private static final String MARK_CHANGES_REQUESTED = "Task_MarkChangesRequested";
  private static final String REVISION = "Task_Revision";
  private static final String PREPARE_RE_REVIEW = "Task_PrepareReReview";
  private static final String START_PRE_SIGNOFF = "Task_StartPreSignoff";
  private static final String PRE_SIGNOFF = "Task_PreSignoff";
  private static final String MARK_FINAL_APPROVAL = "Task_MarkFinalApproval";
  private static final String FINAL_APPROVAL = "Task_FinalApproval";
  private static final String MARK_SIGNED = "Task_MarkSigned";
  private static final String MARK_REJECTED = "Task_MarkRejected";
  private static final String SIGNED = "EndEvent_Signed";
  private static final String REJECTED = "EndEvent_Rejected";

  private static final String DEAL_ID = "deal-7f3a";
  private static final String OWNER = "olivia.owner";
  private static final List<String> STANDARD_REVIEW_GROUPS =
      List.of("legal", "security-privacy", "engineering", "product");
  private static final Instant SUBMITTED_AT = Instant.parse("2031-03-03T09:00:00Z");
  private static final Instant REVISED_AT = SUBMITTED_AT.plus(Duration.ofDays(2));
  private static final Date REVIEW_DUE = Date.from(Instant.parse("2031-03-14T17:00:00Z"));
  private static final Date FINAL_APPROVAL_DUE = Date.from(Instant.parse("2031-03-21T17:00:00Z"));
  private static final ReviewDeadlines FIRST_ROUND = ReviewDeadlines.startingAt(SUBMITTED_AT);

  /** General use through the API with business-confidential data in our own cloud. */
  private static final DealSheet LOW_RISK_DEAL =
      new DealSheet(List.of("GENERAL"), List.of("BUSINESS_CONFIDENTIAL"), "API", "CUSTOMER_VPC");

  private final RecordingDelegate markDealRejectedAtIntake = new RecordingDelegate("prohibition");
  private final RecordingDelegate recordRouting = new RecordingDelegate("riskTier", "reviewGroups");
  private final RecordingDelegate setReviewDeadlines =
      new RecordingDelegate(DealReviewProcessTest::setDeadlinesOfThisReview, "reviewGroup");
  private final RecordingDelegate remindReviewers = new RecordingDelegate("reviewGroup");
  private final RecordingDelegate escalateReview = new RecordingDelegate("reviewGroup");
  private final RecordingDelegate markChangesRequested = new RecordingDelegate("changesRequested");
  private final RecordingDelegate prepareReReview =
      new RecordingDelegate(this::askForReReview, "changesRequested");
  private final RecordingDelegate startPreSignoff =
      new RecordingDelegate(DealReviewProcessTest::askEveryStakeholderToConfirm);
  private final RecordingDelegate markDealInFinalApproval = new RecordingDelegate();
  private final RecordingDelegate markDealSigned = new RecordingDelegate();
  private final RecordingDelegate markDealRejected = new RecordingDelegate();

  /** The groups that prepareReReview asks to review the next revision. */
  private List<String> reReviewGroups = List.of();

  @BeforeEach
  void registerDelegatesAndStartTheClock() {
    Mocks.register("markDealRejectedAtIntake", markDealRejectedAtIntake);
    Mocks.register("recordRouting", recordRouting);
    Mocks.register("setReviewDeadlines", setReviewDeadlines);
    Mocks.register("remindReviewers", remindReviewers);
    Mocks.register("escalateReview", escalateReview);
    Mocks.register("markChangesRequested", markChangesRequested);
    Mocks.register("prepareReReview", prepareReReview);
    Mocks.register("startPreSignoff", startPreSignoff);
    Mocks.register("markDealInFinalApproval", markDealInFinalApproval);
    Mocks.register("markDealSigned", markDealSigned);
    Mocks.register("markDealRejected", markDealRejected);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED_AT));
  }

  @AfterEach
  void resetDelegatesAndClock() {
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void allReviewsApprovedAndPreSignoffConfirmedThenFinalApprovalSignsDeal() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);

    assertThat(deal).isWaitingAt(REVIEW);
    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    reviews.forEach(
        (group, review) ->
            assertThat(review)
                .hasName("Review")
                .hasCandidateGroup(group)
                .hasDueDate(FIRST_ROUND.reviewDue()));
    assertThat(setReviewDeadlines.values("reviewGroup"))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);
    assertThat(deal)
        .variables()
        .containsEntry("reviewDue", REVIEW_DUE)
        .doesNotContainKeys("reminderAt", "escalateAt");

    STANDARD_REVIEW_GROUPS.forEach(group -> approve(reviews.get(group)));

    assertThat(deal).hasPassed(REVIEW_ROUND, START_PRE_SIGNOFF).isWaitingAt(PRE_SIGNOFF);
    assertThat(startPreSignoff.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).isEmpty();
    Map<String, Task> confirmations = openPreSignoffsByGroup(deal);
    assertThat(confirmations).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    confirmations.forEach(
        (group, confirmation) ->
            assertThat(confirmation)
                .hasName("Pre-signoff confirmation")
                .hasCandidateGroup(group)
                .hasDueDate(FINAL_APPROVAL_DUE));

    STANDARD_REVIEW_GROUPS.forEach(group -> confirm(confirmations.get(group)));

    assertThat(deal).hasPassed(MARK_FINAL_APPROVAL).isWaitingAt(FINAL_APPROVAL);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertFinalApprovalTaskForManager(deal);

    complete(task(deal), withVariables("finalApproved", true));

    assertThat(deal)
        .hasPassedInOrder(
            CHECK_PROHIBITED_USE,
            ASSESS_RISK,
            DETERMINE_REVIEWS,
            RECORD_ROUTING,
            SET_REVIEW_DEADLINES,
            REVIEW,
            REVIEW_GIVEN,
            START_PRE_SIGNOFF,
            PRE_SIGNOFF,
            MARK_FINAL_APPROVAL,
            FINAL_APPROVAL,
            MARK_SIGNED,
            SIGNED)
        .hasNotPassed(
            MARK_REJECTED_AT_INTAKE,
            REJECTED_AT_INTAKE,
            MARK_CHANGES_REQUESTED,
            REVISION,
            PREPARE_RE_REVIEW,
            REMIND_REVIEWERS,
            ESCALATE_REVIEW,
            MARK_REJECTED,
            REJECTED)
        .isEnded();
    assertThat(markDealSigned.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealRejected.dealIds()).isEmpty();
    assertThat(markChangesRequested.dealIds()).isEmpty();
  }

  @ParameterizedTest(name = "{0} requests changes once, then approves")
  @ValueSource(strings = {"legal", "security-privacy", "engineering", "product"})
  void eachRoleRequestsChangesOnceThenApproves(String requestingGroup) {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);

    for (String group : STANDARD_REVIEW_GROUPS) {
      if (group.equals(requestingGroup)) {
        requestChanges(reviews.get(group));
      } else {
        approve(reviews.get(group));
      }
    }

    assertThat(deal).hasPassed(MARK_CHANGES_REQUESTED).isWaitingAt(REVISION);
    assertThat(deal).variables().containsEntry("changesRequested", true);
    assertThat(markChangesRequested.dealIds()).containsExactly(DEAL_ID);
    assertThat(openReviewsByGroup(deal)).isEmpty();
    assertThat(task(deal)).hasName("Revise the contract").isAssignedTo(OWNER);
    assertThat(startPreSignoff.dealIds()).isEmpty();

    reReviewGroups = List.of(requestingGroup);
    ClockUtil.setCurrentTime(Date.from(REVISED_AT));
    complete(task(deal));

    assertThat(prepareReReview.dealIds()).containsExactly(DEAL_ID);
    assertThat(deal)
        .variables()
        .containsEntry("changesRequested", false)
        .containsEntry("reviewGroups", List.of(requestingGroup));
    Map<String, Task> secondRound = openReviewsByGroup(deal);
    assertThat(secondRound).containsOnlyKeys(requestingGroup);
    assertThat(secondRound.get(requestingGroup))
        .hasName("Review")
        .hasDueDate(ReviewDeadlines.startingAt(REVISED_AT).reviewDue());

    approve(secondRound.get(requestingGroup));

    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
    Map<String, Task> confirmations = openPreSignoffsByGroup(deal);
    assertThat(confirmations).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    confirmations.values().forEach(DealReviewProcessTest::confirm);
    complete(task(deal), withVariables("finalApproved", true));

    assertThat(deal)
        .hasPassedInOrder(
            REVIEW,
            MARK_CHANGES_REQUESTED,
            REVISION,
            PREPARE_RE_REVIEW,
            SET_REVIEW_DEADLINES,
            REVIEW,
            START_PRE_SIGNOFF,
            PRE_SIGNOFF,
            MARK_FINAL_APPROVAL,
            FINAL_APPROVAL,
            MARK_SIGNED,
            SIGNED)
        .hasNotPassed(MARK_REJECTED, REJECTED)
        .isEnded();
    Map<String, List<String>> reviewsByGroup = endOfTasksByGroup(deal, REVIEW);
    assertThat(reviewsByGroup).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    reviewsByGroup.forEach(
        (group, ends) ->
            assertThat(ends)
                .as("reviews by %s", group)
                .hasSize(group.equals(requestingGroup) ? 2 : 1)
                .containsOnly("completed"));
    assertThat(setReviewDeadlines.values("reviewGroup")).hasSize(5).endsWith(requestingGroup);
    assertThat(markChangesRequested.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealSigned.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealRejected.dealIds()).isEmpty();
  }

  @Test
  void approvalCarriesOverUnlessTheRevisionResetsIt() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);
    requestChanges(reviews.get("legal"));
    approve(reviews.get("security-privacy"));
    approve(reviews.get("engineering"));
    approve(reviews.get("product"));

    reReviewGroups = List.of("legal", "security-privacy");
    complete(task(deal));

    Map<String, Task> secondRound = openReviewsByGroup(deal);
    assertThat(secondRound).containsOnlyKeys("legal", "security-privacy");
    assertThat(taskQuery().processInstanceId(deal.getId()).count()).isEqualTo(2);

    approve(secondRound.get("security-privacy"));
    assertThat(deal).isWaitingAt(REVIEW).isNotWaitingAt(PRE_SIGNOFF);
    approve(secondRound.get("legal"));

    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
    assertThat(openPreSignoffsByGroup(deal)).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    Map<String, List<String>> reviewsByGroup = endOfTasksByGroup(deal, REVIEW);
    assertThat(reviewsByGroup.get("legal")).hasSize(2);
    assertThat(reviewsByGroup.get("security-privacy")).hasSize(2);
    assertThat(reviewsByGroup.get("engineering")).hasSize(1);
    assertThat(reviewsByGroup.get("product")).hasSize(1);
    assertThat(prepareReReview.dealIds()).containsExactly(DEAL_ID);
  }

  @Test
  void changesRequestedAgainAfterARevisionStartAnotherRevision() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);
    requestChanges(reviews.get("legal"));
    approve(reviews.get("security-privacy"));
    approve(reviews.get("engineering"));
    approve(reviews.get("product"));
    reReviewGroups = List.of("legal", "product");
    complete(task(deal));

    Map<String, Task> secondRound = openReviewsByGroup(deal);
    approve(secondRound.get("legal"));
    requestChanges(secondRound.get("product"));

    assertThat(deal).isWaitingAt(REVISION);
    assertThat(task(deal)).isAssignedTo(OWNER);
    assertThat(markChangesRequested.dealIds()).containsExactly(DEAL_ID, DEAL_ID);

    reReviewGroups = List.of("product");
    complete(task(deal));

    Map<String, Task> thirdRound = openReviewsByGroup(deal);
    assertThat(thirdRound).containsOnlyKeys("product");
    approve(thirdRound.get("product"));

    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
    assertThat(prepareReReview.dealIds()).containsExactly(DEAL_ID, DEAL_ID);
    assertThat(endOfTasksByGroup(deal, REVIEW).get("product")).hasSize(3);
  }

  @Test
  void rejectionByOneReviewerCancelsOtherReviewsAndRejectsDeal() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);

    approve(reviews.get("legal"));
    assertThat(deal).isWaitingAt(REVIEW);
    assertThat(openReviewsByGroup(deal))
        .containsOnlyKeys("security-privacy", "engineering", "product");

    reject(reviews.get("security-privacy"));

    assertThat(openReviewsByGroup(deal)).isEmpty();
    assertThat(taskQuery().processInstanceId(deal.getId()).count()).isZero();
    assertThat(endOfTasksByGroup(deal, REVIEW))
        .containsEntry("legal", List.of("completed"))
        .containsEntry("security-privacy", List.of("completed"))
        .containsEntry("engineering", List.of("deleted"))
        .containsEntry("product", List.of("deleted"));
    assertThat(deal)
        .hasPassedInOrder(RECORD_ROUTING, REVIEW, MARK_REJECTED, REJECTED)
        .hasNotPassed(
            MARK_REJECTED_AT_INTAKE,
            REJECTED_AT_INTAKE,
            MARK_CHANGES_REQUESTED,
            START_PRE_SIGNOFF,
            PRE_SIGNOFF,
            MARK_FINAL_APPROVAL,
            FINAL_APPROVAL,
            MARK_SIGNED,
            SIGNED)
        .isEnded();
    assertThat(historicTaskCount(deal, PRE_SIGNOFF)).isZero();
    assertThat(historicTaskCount(deal, FINAL_APPROVAL)).isZero();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).isEmpty();
    assertThat(markDealSigned.dealIds()).isEmpty();
  }

  @Test
  void rejectionOutranksRequestedChanges() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);

    requestChanges(reviews.get("legal"));
    approve(reviews.get("engineering"));
    reject(reviews.get("security-privacy"));

    assertThat(endOfTasksByGroup(deal, REVIEW)).containsEntry("product", List.of("deleted"));
    assertThat(deal)
        .hasPassedInOrder(REVIEW, MARK_REJECTED, REJECTED)
        .hasNotPassed(MARK_CHANGES_REQUESTED, REVISION, PREPARE_RE_REVIEW, START_PRE_SIGNOFF)
        .isEnded();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markChangesRequested.dealIds()).isEmpty();
  }

  @Test
  void rejectionAtPreSignoffCancelsOtherConfirmationsAndRejectsDeal() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    openReviewsByGroup(deal).values().forEach(DealReviewProcessTest::approve);
    Map<String, Task> confirmations = openPreSignoffsByGroup(deal);

    confirm(confirmations.get("legal"));
    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
    assertThat(openPreSignoffsByGroup(deal))
        .containsOnlyKeys("security-privacy", "engineering", "product");

    reject(confirmations.get("engineering"));

    assertThat(taskQuery().processInstanceId(deal.getId()).count()).isZero();
    assertThat(endOfTasksByGroup(deal, PRE_SIGNOFF))
        .containsEntry("legal", List.of("completed"))
        .containsEntry("engineering", List.of("completed"))
        .containsEntry("security-privacy", List.of("deleted"))
        .containsEntry("product", List.of("deleted"));
    assertThat(deal)
        .hasPassedInOrder(REVIEW, START_PRE_SIGNOFF, PRE_SIGNOFF, MARK_REJECTED, REJECTED)
        .hasNotPassed(MARK_FINAL_APPROVAL, FINAL_APPROVAL, MARK_SIGNED, SIGNED)
        .isEnded();
    assertThat(historicTaskCount(deal, FINAL_APPROVAL)).isZero();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).isEmpty();
    assertThat(markDealSigned.dealIds()).isEmpty();
  }

  @Test
  void finalApprovalRefusedRejectsDeal() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    openReviewsByGroup(deal).values().forEach(DealReviewProcessTest::approve);
    openPreSignoffsByGroup(deal).values().forEach(DealReviewProcessTest::confirm);

    assertThat(deal).isWaitingAt(FINAL_APPROVAL);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertFinalApprovalTaskForManager(deal);

    complete(task(deal), withVariables("finalApproved", false));

    assertThat(deal)
        .hasPassedInOrder(
            REVIEW, PRE_SIGNOFF, MARK_FINAL_APPROVAL, FINAL_APPROVAL, MARK_REJECTED, REJECTED)
        .hasNotPassed(MARK_SIGNED, SIGNED, MARK_REJECTED_AT_INTAKE, REJECTED_AT_INTAKE)
        .isEnded();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealSigned.dealIds()).isEmpty();
    assertThat(markDealRejectedAtIntake.dealIds()).isEmpty();
  }

  @Test
  void reviewersAreRemindedThenEscalatedWhileTheReviewStaysOpen() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, String> reviewIds = openReviewIdsByGroup(deal);

    assertThat(timerGroups(deal, REMINDER_TIMER))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);
    assertThat(timerGroups(deal, ESCALATION_TIMER))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);
    assertThat(timerJobs(deal, REMINDER_TIMER))
        .extracting(Job::getDuedate)
        .containsOnly(FIRST_ROUND.reminderAt());
    assertThat(timerJobs(deal, ESCALATION_TIMER))
        .extracting(Job::getDuedate)
        .containsOnly(FIRST_ROUND.escalateAt());
    assertThat(executeDueTimers(deal)).isZero();

    ClockUtil.setCurrentTime(aMinuteAfter(FIRST_ROUND.reminderAt()));

    assertThat(executeDueTimers(deal)).isEqualTo(4);
    assertThat(remindReviewers.dealIds()).hasSize(4).containsOnly(DEAL_ID);
    assertThat(remindReviewers.values("reviewGroup"))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);
    assertThat(escalateReview.dealIds()).isEmpty();
    assertThat(openReviewIdsByGroup(deal)).isEqualTo(reviewIds);
    assertThat(timerJobs(deal, REMINDER_TIMER)).isEmpty();
    assertThat(timerGroups(deal, ESCALATION_TIMER))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);

    ClockUtil.setCurrentTime(aMinuteAfter(FIRST_ROUND.escalateAt()));

    assertThat(executeDueTimers(deal)).isEqualTo(4);
    assertThat(escalateReview.dealIds()).hasSize(4).containsOnly(DEAL_ID);
    assertThat(escalateReview.values("reviewGroup"))
        .containsExactlyInAnyOrderElementsOf(STANDARD_REVIEW_GROUPS);
    assertThat(remindReviewers.dealIds()).hasSize(4);
    assertThat(openReviewIdsByGroup(deal)).isEqualTo(reviewIds);
    assertThat(managementService().createJobQuery().processInstanceId(deal.getId()).count())
        .isZero();
    assertThat(deal)
        .hasPassedInOrder(REMINDER_TIMER, REMIND_REVIEWERS, REMINDED)
        .hasPassedInOrder(REMIND_REVIEWERS, ESCALATION_TIMER, ESCALATE_REVIEW, ESCALATED)
        .hasNotPassed(REVIEW)
        .isWaitingAt(REVIEW);

    openReviewsByGroup(deal).values().forEach(DealReviewProcessTest::approve);

    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
  }

  @Test
  void completingAReviewCancelsItsPendingTimers() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);
    Map<String, Task> reviews = openReviewsByGroup(deal);
    ClockUtil.setCurrentTime(aMinuteAfter(FIRST_ROUND.reminderAt()));
    Job engineeringReminder =
        timerJobs(deal, REMINDER_TIMER).stream()
            .filter(timer -> reviewGroupOf(timer).equals("engineering"))
            .findFirst()
            .orElseThrow();
    managementService().executeJob(engineeringReminder.getId());
    assertThat(remindReviewers.values("reviewGroup")).containsExactly("engineering");

    approve(reviews.get("engineering"));

    assertThat(timerGroups(deal, REMINDER_TIMER))
        .containsExactlyInAnyOrder("legal", "security-privacy", "product");
    assertThat(timerGroups(deal, ESCALATION_TIMER))
        .containsExactlyInAnyOrder("legal", "security-privacy", "product");

    approve(reviews.get("legal"));

    assertThat(timerGroups(deal, REMINDER_TIMER))
        .containsExactlyInAnyOrder("security-privacy", "product");
    assertThat(timerGroups(deal, ESCALATION_TIMER))
        .containsExactlyInAnyOrder("security-privacy", "product");

    reject(reviews.get("product"));

    assertThat(managementService().createJobQuery().processInstanceId(deal.getId()).count())
        .isZero();
    assertThat(deal).hasPassed(MARK_REJECTED).isEnded();
    assertThat(remindReviewers.values("reviewGroup")).containsExactly("engineering");
    assertThat(escalateReview.dealIds()).isEmpty();
  }

  @Test
  void reviewGroupsDriveTheReviewTasks() {
    ProcessInstance deal =
        submitDeal(LOW_RISK_DEAL.withDomains("GENERAL", "HEALTH").withData("PERSONAL"));

    List<String> reviewGroups = recordedReviewGroups();
    assertThat(reviewGroups)
        .containsExactly(
            "legal",
            "security-privacy",
            "engineering",
            "product",
            "privacy-officer",
            "ai-risk-committee");
    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).hasSize(6).containsOnlyKeys(reviewGroups);
    reviews.forEach(
        (group, review) ->
            assertThat(review).hasCandidateGroup(group).hasDueDate(FIRST_ROUND.reviewDue()));
    assertThat(timerGroups(deal, REMINDER_TIMER)).containsExactlyInAnyOrderElementsOf(reviewGroups);

    STANDARD_REVIEW_GROUPS.forEach(group -> approve(reviews.get(group)));

    assertThat(deal).isWaitingAt(REVIEW).isNotWaitingAt(PRE_SIGNOFF);
    assertThat(openReviewsByGroup(deal)).containsOnlyKeys("privacy-officer", "ai-risk-committee");
    assertThat(startPreSignoff.dealIds()).isEmpty();

    approve(reviews.get("privacy-officer"));
    assertThat(deal).isWaitingAt(REVIEW).isNotWaitingAt(PRE_SIGNOFF);

    approve(reviews.get("ai-risk-committee"));

    assertThat(deal).isWaitingAt(PRE_SIGNOFF);
    assertThat(startPreSignoff.dealIds()).containsExactly(DEAL_ID);
  }

  @Test
  void prohibitedUseIsRejectedAtIntake() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL.withDomains("GENERAL", "SOCIAL_SCORING"));

    assertThat(deal)
        .hasPassedInOrder(CHECK_PROHIBITED_USE, MARK_REJECTED_AT_INTAKE, REJECTED_AT_INTAKE)
        .hasNotPassed(
            ASSESS_RISK,
            DETERMINE_REVIEWS,
            RECORD_ROUTING,
            REVIEW_ROUND,
            REVIEW,
            MARK_REJECTED,
            REJECTED,
            PRE_SIGNOFF,
            FINAL_APPROVAL,
            SIGNED)
        .isEnded();
    assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(deal.getId())
                .count())
        .isZero();
    assertThat(markDealRejectedAtIntake.dealIds()).containsExactly(DEAL_ID);
    Map<?, ?> prohibition = (Map<?, ?>) markDealRejectedAtIntake.onlyExecution().get("prohibition");
    assertThat(prohibition.get("prohibited")).isEqualTo(true);
    assertThat(prohibition.get("prohibitionReason"))
        .isEqualTo("Social scoring is a prohibited use.");
    assertThat(recordRouting.dealIds()).isEmpty();
    assertThat(setReviewDeadlines.dealIds()).isEmpty();
    assertThat(markDealRejected.dealIds()).isEmpty();
  }

  @Test
  void personalDataAddsThePrivacyOfficer() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL.withData("PERSONAL"));

    assertRouting(deal, "MEDIUM", "privacy-officer");
    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).hasSize(5).containsKey("privacy-officer");
    assertThat(reviews.get("privacy-officer"))
        .hasName("Review")
        .hasCandidateGroup("privacy-officer")
        .hasDueDate(FIRST_ROUND.reviewDue());
  }

  @Test
  void highRiskDomainAddsTheAiRiskCommittee() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL.withDomains("HEALTH"));

    assertRouting(deal, "HIGH", "ai-risk-committee");
    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).hasSize(5).doesNotContainKey("privacy-officer");
    assertThat(reviews.get("ai-risk-committee"))
        .hasName("Review")
        .hasCandidateGroup("ai-risk-committee")
        .hasDueDate(FIRST_ROUND.reviewDue());
  }

  @Test
  void agentsAddTheAiRiskCommittee() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL.withIntegrationPattern("AGENTS"));

    assertRouting(deal, "HIGH", "ai-risk-committee");
    assertThat(openReviewsByGroup(deal)).hasSize(5).containsKey("ai-risk-committee");
  }

  @Test
  void lowRiskDealGetsTheFourStandardReviews() {
    ProcessInstance deal = submitDeal(LOW_RISK_DEAL);

    assertRouting(deal, "LOW");
    assertThat(taskQuery().processInstanceId(deal.getId()).count()).isEqualTo(4);
    assertThat(openReviewsByGroup(deal)).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
  }

  private ProcessInstance submitDeal(DealSheet sheet) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("dealId", DEAL_ID);
    variables.put("owner", OWNER);
    variables.put("useCaseDomains", sheet.useCaseDomains());
    variables.put("dataCategories", sheet.dataCategories());
    variables.put("integrationPattern", sheet.integrationPattern());
    variables.put("hostingModel", sheet.hostingModel());
    variables.put("vendorMayTrain", false);
    variables.put("fineTuning", false);
    variables.put("reviewDue", REVIEW_DUE);
    variables.put("finalApprovalDue", FINAL_APPROVAL_DUE);
    variables.put("rejected", false);
    variables.put("changesRequested", false);
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, DEAL_ID, variables);
  }

  /** What the application's setReviewDeadlines does: deadlines local to one group's review. */
  private static void setDeadlinesOfThisReview(DelegateExecution execution) {
    ReviewDeadlines deadlines = ReviewDeadlines.startingAt(ClockUtil.getCurrentTime().toInstant());
    execution.setVariableLocal("reviewDue", deadlines.reviewDue());
    execution.setVariableLocal("reminderAt", deadlines.reminderAt());
    execution.setVariableLocal("escalateAt", deadlines.escalateAt());
  }

  /** What the application's prepareReReview does, with the groups this test chose. */
  private void askForReReview(DelegateExecution execution) {
    execution.setVariable("reviewGroups", new ArrayList<>(reReviewGroups));
    execution.setVariable("changesRequested", false);
  }

  /** What the application's startPreSignoff does for a deal with the four standard reviews. */
  private static void askEveryStakeholderToConfirm(DelegateExecution execution) {
    execution.setVariable("preSignoffGroups", new ArrayList<>(STANDARD_REVIEW_GROUPS));
  }

  /**
   * Checks that routing ran once, recorded the risk tier and the standard reviews followed by the
   * extra ones, and left the deal waiting for exactly those reviews.
   */
  private void assertRouting(ProcessInstance deal, String riskTier, String... extraReviewGroups) {
    List<String> expectedGroups = new ArrayList<>(STANDARD_REVIEW_GROUPS);
    expectedGroups.addAll(List.of(extraReviewGroups));

    assertThat(deal)
        .hasPassedInOrder(CHECK_PROHIBITED_USE, ASSESS_RISK, DETERMINE_REVIEWS, RECORD_ROUTING)
        .hasNotPassed(MARK_REJECTED_AT_INTAKE, REJECTED_AT_INTAKE)
        .isWaitingAt(REVIEW);
    assertThat(deal).variables().containsEntry("riskTier", riskTier);
    assertThat(recordRouting.dealIds()).containsExactly(DEAL_ID);
    assertThat(recordRouting.onlyExecution()).containsEntry("riskTier", riskTier);
    assertThat(recordedReviewGroups()).containsExactlyElementsOf(expectedGroups);
    assertThat(openReviewsByGroup(deal)).containsOnlyKeys(expectedGroups);
    assertThat(markDealRejectedAtIntake.dealIds()).isEmpty();
  }

  private List<String> recordedReviewGroups() {
    List<?> reviewGroups = (List<?>) recordRouting.onlyExecution().get("reviewGroups");
    return reviewGroups.stream().map(String.class::cast).toList();
  }

  private static Map<String, Task> openReviewsByGroup(ProcessInstance deal) {
    return openTasksByGroup(deal, REVIEW);
  }

  private static Map<String, String> openReviewIdsByGroup(ProcessInstance deal) {
    return openReviewsByGroup(deal).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, review -> review.getValue().getId()));
  }

  private static Map<String, Task> openPreSignoffsByGroup(ProcessInstance deal) {
    return openTasksByGroup(deal, PRE_SIGNOFF);
  }

  private static Map<String, Task> openTasksByGroup(ProcessInstance deal, String taskKey) {
    List<Task> tasks =
        taskQuery().processInstanceId(deal.getId()).taskDefinitionKey(taskKey).list();
    return tasks.stream()
        .collect(Collectors.toMap(DealReviewProcessTest::onlyCandidateGroup, Function.identity()));
  }

  private static String onlyCandidateGroup(Task task) {
    List<String> groups =
        taskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .toList();
    assertThat(groups).as("candidate groups of task %s", task.getId()).hasSize(1);
    return groups.get(0);
  }

  /** For each candidate group, how each of its tasks ended ("completed" or "deleted"), in order. */
  private static Map<String, List<String>> endOfTasksByGroup(ProcessInstance deal, String taskKey) {
    List<HistoricTaskInstance> tasks =
        historyService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(deal.getId())
            .taskDefinitionKey(taskKey)
            .orderByHistoricActivityInstanceStartTime()
            .asc()
            .list();
    Map<String, String> groupByTaskId =
        historyService()
            .createHistoricIdentityLinkLogQuery()
            .processDefinitionId(deal.getProcessDefinitionId())
            .type(IdentityLinkType.CANDIDATE)
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    link -> link.getTaskId(), link -> link.getGroupId(), (first, same) -> first));
    return tasks.stream()
        .collect(
            Collectors.groupingBy(
                task -> groupByTaskId.get(task.getId()),
                Collectors.mapping(HistoricTaskInstance::getDeleteReason, Collectors.toList())));
  }

  private static long historicTaskCount(ProcessInstance deal, String taskKey) {
    return historyService()
        .createHistoricTaskInstanceQuery()
        .processInstanceId(deal.getId())
        .taskDefinitionKey(taskKey)
        .count();
  }

  private static List<Job> timerJobs(ProcessInstance deal, String timerId) {
    return managementService()
        .createJobQuery()
        .processInstanceId(deal.getId())
        .timers()
        .activityId(timerId)
        .list();
  }

  private static List<String> timerGroups(ProcessInstance deal, String timerId) {
    return timerJobs(deal, timerId).stream().map(DealReviewProcessTest::reviewGroupOf).toList();
  }

  private static String reviewGroupOf(Job timer) {
    return (String) runtimeService().getVariable(timer.getExecutionId(), "reviewGroup");
  }

  /** Runs the timers that are due at the current clock time and returns how many ran. */
  private static int executeDueTimers(ProcessInstance deal) {
    List<Job> due =
        managementService()
            .createJobQuery()
            .processInstanceId(deal.getId())
            .timers()
            .executable()
            .list();
    due.forEach(timer -> managementService().executeJob(timer.getId()));
    return due.size();
  }

  private static Date aMinuteAfter(Date moment) {
    return Date.from(moment.toInstant().plus(Duration.ofMinutes(1)));
  }

  private static void approve(Task review) {
    complete(review, withVariables("rejected", false));
  }

  private static void requestChanges(Task review) {
    complete(review, withVariables("rejected", false, "changesRequested", true));
  }

  private static void confirm(Task preSignoff) {
    complete(preSignoff, withVariables("rejected", false));
  }

  private static void reject(Task reviewOrPreSignoff) {
    complete(reviewOrPreSignoff, withVariables("rejected", true));
  }

  private static void assertFinalApprovalTaskForManager(ProcessInstance deal) {
    assertThat(task(deal))
        .hasDefinitionKey(FINAL_APPROVAL)
        .hasName("Final approval")
        .hasCandidateGroup("manager")
        .hasDueDate(FINAL_APPROVAL_DUE);
    assertThat(onlyCandidateGroup(task(deal))).isEqualTo("manager");
  }

  /** The deal sheet fields that routing reads; vendor training and fine-tuning stay off. */
  private record DealSheet(
      List<String> useCaseDomains,
      List<String> dataCategories,
      String integrationPattern,
      String hostingModel) {

    DealSheet withDomains(String... domains) {
      return new DealSheet(List.of(domains), dataCategories, integrationPattern, hostingModel);
    }

    DealSheet withData(String... categories) {
      return new DealSheet(useCaseDomains, List.of(categories), integrationPattern, hostingModel);
    }

    DealSheet withIntegrationPattern(String pattern) {
      return new DealSheet(useCaseDomains, dataCategories, pattern, hostingModel);
    }
  }

  /**
   * The deadlines of a review that starts at a given moment: a reminder after three days, due after
   * five, escalated after six.
   */
  private record ReviewDeadlines(Date reminderAt, Date reviewDue, Date escalateAt) {

    static ReviewDeadlines startingAt(Instant start) {
      return new ReviewDeadlines(
          Date.from(start.plus(Duration.ofDays(3))),
          Date.from(start.plus(Duration.ofDays(5))),
          Date.from(start.plus(Duration.ofDays(6))));
    }
  }

  /**
   * Stands in for a deal delegate: remembers, for every execution it ran for, the deal and the
   * variables it reads, then does what the application's delegate does to the process.
   */
  private static final class RecordingDelegate implements JavaDelegate {

    private final Consumer<DelegateExecution> effect;
    private final List<String> variableNames;
    private final List<Map<String, Object>> executions = new ArrayList<>();

    RecordingDelegate(String... variableNames) {
      this(execution -> {}, variableNames);
    }

    RecordingDelegate(Consumer<DelegateExecution> effect, String... variableNames) {
      this.effect = effect;
      this.variableNames = List.of(variableNames);
    }

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, Object> seen = new HashMap<>();
      seen.put("dealId", execution.getVariable("dealId"));
      variableNames.forEach(name -> seen.put(name, execution.getVariable(name)));
      executions.add(seen);
      effect.accept(execution);
    }

    List<String> dealIds() {
      return executions.stream().map(seen -> (String) seen.get("dealId")).toList();
    }

    List<Object> values(String variableName) {
      return executions.stream().map(seen -> seen.get(variableName)).toList();
    }

    Map<String, Object> onlyExecution() {
      assertThat(executions).hasSize(1);
      return executions.get(0);
    }
  }
}
