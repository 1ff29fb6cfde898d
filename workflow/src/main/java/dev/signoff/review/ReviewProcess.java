package dev.signoff.review;

import dev.signoff.identity.Roles;

/**
 * Names shared with the BPMN model {@code bpmn/deal-review.bpmn}. A test fails when one of these is
 * missing from the model.
 */
public final class ReviewProcess {

  public static final String RESOURCE = "bpmn/deal-review.bpmn";
  public static final String PROCESS_KEY = "dealReview";

  /** Element ids. */
  public static final String CHECK_PROHIBITED_USE_TASK = "Task_CheckProhibitedUse";

  public static final String ASSESS_RISK_TASK = "Task_AssessRisk";
  public static final String DETERMINE_REVIEWS_TASK = "Task_DetermineReviews";
  public static final String RECORD_ROUTING_TASK = "Task_RecordRouting";
  public static final String MARK_REJECTED_AT_INTAKE_TASK = "Task_MarkRejectedAtIntake";
  public static final String REJECTED_AT_INTAKE_END = "EndEvent_RejectedAtIntake";
  public static final String REVIEW_TASK = "Task_Review";

  public static final String FINAL_APPROVAL_TASK = "Task_FinalApproval";
  public static final String REVIEW_SUBPROCESS = "SubProcess_Review";
  public static final String SET_REVIEW_DEADLINES_TASK = "Task_SetReviewDeadlines";
  public static final String REMIND_REVIEWERS_TASK = "Task_RemindReviewers";
  public static final String ESCALATE_REVIEW_TASK = "Task_EscalateReview";
  public static final String REVIEW_REMINDER_TIMER = "Timer_ReviewReminder";
  public static final String REVIEW_ESCALATION_TIMER = "Timer_ReviewEscalation";
  public static final String MARK_CHANGES_REQUESTED_TASK = "Task_MarkChangesRequested";
  public static final String REVISION_TASK = "Task_Revision";
  public static final String PREPARE_RE_REVIEW_TASK = "Task_PrepareReReview";
  public static final String START_PRE_SIGNOFF_TASK = "Task_StartPreSignoff";
  public static final String PRE_SIGNOFF_TASK = "Task_PreSignoff";
  public static final String MARK_FINAL_APPROVAL_TASK = "Task_MarkFinalApproval";
  public static final String MARK_SIGNED_TASK = "Task_MarkSigned";
  public static final String MARK_REJECTED_TASK = "Task_MarkRejected";
  public static final String SIGNED_END = "EndEvent_Signed";
  public static final String REJECTED_END = "EndEvent_Rejected";

  /** Variables. */
  public static final String DEAL_ID = "dealId";

  public static final String USE_CASE_DOMAINS = "useCaseDomains";
  public static final String DATA_CATEGORIES = "dataCategories";
  public static final String INTEGRATION_PATTERN = "integrationPattern";
  public static final String HOSTING_MODEL = "hostingModel";
  public static final String VENDOR_MAY_TRAIN = "vendorMayTrain";
  public static final String FINE_TUNING = "fineTuning";
  public static final String PROHIBITION = "prohibition";
  public static final String PROHIBITION_REASON = "prohibitionReason";
  public static final String RISK_TIER = "riskTier";

  public static final String REVIEW_GROUPS = "reviewGroups";
  public static final String REVIEW_GROUP = "reviewGroup";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String FINAL_APPROVAL_DUE = "finalApprovalDue";
  public static final String REJECTED = "rejected";
  public static final String CHANGES_REQUESTED = "changesRequested";
  public static final String OWNER = "owner";
  public static final String REMINDER_AT = "reminderAt";
  public static final String ESCALATE_AT = "escalateAt";
  public static final String PRE_SIGNOFF_GROUPS = "preSignoffGroups";
  public static final String PRE_SIGNOFF_GROUP = "preSignoffGroup";
  public static final String FINAL_APPROVED = "finalApproved";

  /** Decision ids in {@code dmn/deal-routing.dmn}. */
  public static final String ROUTING_RESOURCE = "dmn/deal-routing.dmn";

  public static final String PROHIBITED_USE_DECISION = "prohibitedUse";
  public static final String RISK_TIER_DECISION = "riskTier";
  public static final String REQUIRED_REVIEWS_DECISION = "requiredReviews";

  /** Delegate bean names referenced by {@code camunda:delegateExpression}. */
  public static final String MARK_DEAL_SIGNED = "markDealSigned";

  public static final String RECORD_ROUTING = "recordRouting";
  public static final String MARK_DEAL_REJECTED_AT_INTAKE = "markDealRejectedAtIntake";
  public static final String SET_REVIEW_DEADLINES = "setReviewDeadlines";
  public static final String REMIND_REVIEWERS = "remindReviewers";
  public static final String ESCALATE_REVIEW = "escalateReview";
  public static final String MARK_CHANGES_REQUESTED = "markChangesRequested";
  public static final String PREPARE_RE_REVIEW = "prepareReReview";
  public static final String START_PRE_SIGNOFF = "startPreSignoff";

  public static final String MARK_DEAL_REJECTED = "markDealRejected";
  public static final String MARK_DEAL_IN_FINAL_APPROVAL = "markDealInFinalApproval";

  /** Every delegate bean the model references. */
  public static final java.util.List<String> DELEGATES =
      java.util.List.of(
          RECORD_ROUTING,
          MARK_DEAL_REJECTED_AT_INTAKE,
          SET_REVIEW_DEADLINES,
          REMIND_REVIEWERS,
          ESCALATE_REVIEW,
          MARK_CHANGES_REQUESTED,
          PREPARE_RE_REVIEW,
          START_PRE_SIGNOFF,
          MARK_DEAL_IN_FINAL_APPROVAL,
          MARK_DEAL_SIGNED,
          MARK_DEAL_REJECTED);

  /** The candidate group of the final approval. */
  public static final String FINAL_APPROVAL_GROUP = Roles.MANAGER;

  private ReviewProcess() {}
}
