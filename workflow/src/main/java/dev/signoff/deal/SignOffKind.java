package dev.signoff.deal;

/** What a sign-off is for. */
public enum SignOffKind {
  /** A stakeholder group's review of the contract against its checklist. */
  REVIEW,
  /** A stakeholder's confirmation, once all reviews approved, that the deal is ready to sign. */
  PRE_SIGNOFF,
  /** The manager's final approval. */
  FINAL_APPROVAL
}
