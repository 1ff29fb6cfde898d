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
  public static final String REVIEW_TASK = "Task_Review";

  public static final String FINAL_APPROVAL_TASK = "Task_FinalApproval";
  public static final String MARK_FINAL_APPROVAL_TASK = "Task_MarkFinalApproval";
  public static final String MARK_SIGNED_TASK = "Task_MarkSigned";
  public static final String MARK_REJECTED_TASK = "Task_MarkRejected";
  public static final String SIGNED_END = "EndEvent_Signed";
  public static final String REJECTED_END = "EndEvent_Rejected";

  /** Variables. */
  public static final String DEAL_ID = "dealId";

  public static final String REVIEW_GROUPS = "reviewGroups";
  public static final String REVIEW_GROUP = "reviewGroup";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String FINAL_APPROVAL_DUE = "finalApprovalDue";
  public static final String REJECTED = "rejected";
  public static final String FINAL_APPROVED = "finalApproved";

  /** Delegate bean names referenced by {@code camunda:delegateExpression}. */
  public static final String MARK_DEAL_SIGNED = "markDealSigned";

  public static final String MARK_DEAL_REJECTED = "markDealRejected";
  public static final String MARK_DEAL_IN_FINAL_APPROVAL = "markDealInFinalApproval";

  /** The candidate group of the final approval. */
  public static final String FINAL_APPROVAL_GROUP = Roles.MANAGER;

  private ReviewProcess() {}
}
