package dev.signoff.deal;

/** Whether a sign-off is a stakeholder review or the final approval. */
public enum SignOffKind {
  REVIEW,
  FINAL_APPROVAL
}
