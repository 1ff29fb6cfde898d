package dev.signoff.comment;

/** Why a user was notified. */
public enum NotificationKind {
  /** A comment mentions the user or one of their groups. */
  MENTION,
  /** Someone replied in a thread the user started or wrote in. */
  REPLY,
  /** A thread the user took part in was resolved. */
  RESOLVED,
  /** A thread the user took part in was reopened. */
  REOPENED
}
