package dev.signoff.deal;

/** The state of one required sign-off. */
public enum SignOffStatus {
  PENDING,
  APPROVED,
  /** Approved; the conditions recorded with it must be met. */
  APPROVED_WITH_CONDITIONS,
  /** The reviewer asked for a revised contract; the sign-off is given again after the revision. */
  CHANGES_REQUESTED,
  REJECTED,
  /** Not needed any more because the deal ended before it was given. */
  CANCELLED;

  /** A final answer: approved (with or without conditions) or rejected. */
  public boolean isDone() {
    return isApproval() || this == REJECTED;
  }

  public boolean isApproval() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
  }
}
