package dev.signoff.inbox;

import dev.signoff.deal.SignOffStatus;

/** What a reviewer, a confirming stakeholder or the approver decides on a task. */
public enum Outcome {
  /** Approve: every required checklist item satisfied or not applicable. */
  APPROVE(SignOffStatus.APPROVED),
  /**
   * Approve on conditions that become tracked obligations; the checklist must be fully answered.
   */
  APPROVE_WITH_CONDITIONS(SignOffStatus.APPROVED_WITH_CONDITIONS),
  /** Ask the deal owner for a revised contract; requires a comment saying what to change. */
  REQUEST_CHANGES(SignOffStatus.CHANGES_REQUESTED),
  /** Reject the deal; requires the reason. */
  REJECT(SignOffStatus.REJECTED);

  private final SignOffStatus status;

  Outcome(SignOffStatus status) {
    this.status = status;
  }

  /** The sign-off state this outcome records. */
  public SignOffStatus status() {
    return status;
  }
}
