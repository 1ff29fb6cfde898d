package dev.signoff.comment;

/** Whether a thread still needs attention. */
public enum ThreadStatus {
  OPEN,
  RESOLVED
}
