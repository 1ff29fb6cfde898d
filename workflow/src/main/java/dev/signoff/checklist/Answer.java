package dev.signoff.checklist;

/** A reviewer's answer to a checklist item. */
public enum Answer {
  SATISFIED,
  NOT_SATISFIED,
  NOT_APPLICABLE
}
