package dev.signoff.inbox;

/** What a reviewer or approver decides on a task. */
public enum Outcome {
  APPROVE,
  REJECT
}
