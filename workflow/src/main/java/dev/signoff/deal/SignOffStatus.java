package dev.signoff.deal;

/** The state of one required sign-off. */
public enum SignOffStatus {
  PENDING,
  APPROVED,
  REJECTED,
  /** Not needed any more because the deal ended before it was given. */
  CANCELLED;

  public boolean isDone() {
    return this == APPROVED || this == REJECTED;
  }
}
