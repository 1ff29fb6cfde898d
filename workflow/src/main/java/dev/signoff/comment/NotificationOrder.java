package dev.signoff.comment;

/** How a notification list is sorted. */
public enum NotificationOrder {
  /** Unread notifications first, each part newest first. */
  UNREAD_FIRST,
  /** Newest first, read or not. */
  NEWEST_FIRST
}
