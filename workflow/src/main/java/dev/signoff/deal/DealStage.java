package dev.signoff.deal;

/** Where a deal stands in its review. */
public enum DealStage {
  IN_REVIEW("In review"),
  CHANGES_REQUESTED("Changes requested"),
  PRE_SIGNOFF("Pre-signoff review"),
  FINAL_APPROVAL("Final approval"),
  SIGNED("Signed"),
  REJECTED("Rejected"),
  /** Its owner (or an admin) ended the review before a decision. */
  WITHDRAWN("Withdrawn");

  private final String label;

  DealStage(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Signed, rejected or withdrawn: the review is over and the deal is a precedent. */
  public boolean isClosed() {
    return this == SIGNED || this == REJECTED || this == WITHDRAWN;
  }
}
