package dev.signoff.comment;

import java.util.Set;
import java.util.UUID;

/**
 * New notifications were written for these users (so their unread counts changed). Published in the
 * transaction that writes them; not part of the audit trail.
 */
public record NotificationsSent(UUID dealId, UUID threadId, Set<String> recipients) {

  public NotificationsSent {
    recipients = Set.copyOf(recipients);
  }
}
