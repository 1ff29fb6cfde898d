package dev.signoff.api;

import dev.signoff.audit.Audited;
import dev.signoff.comment.NotificationsSent;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The audited events and notification events of committed transactions, as a listener sees them.
 */
@TestComponent
class RecordedEvents {

  private final ConcurrentLinkedQueue<Object> events = new ConcurrentLinkedQueue<>();

  @TransactionalEventListener(fallbackExecution = true)
  void on(Audited event) {
    events.add(event);
  }

  @TransactionalEventListener(fallbackExecution = true)
  void on(NotificationsSent event) {
    events.add(event);
  }

  /** The committed audited events of one deal, oldest first. */
  List<Audited> ofDeal(String dealId) {
    UUID id = UUID.fromString(dealId);
    return events.stream()
        .filter(Audited.class::isInstance)
        .map(Audited.class::cast)
        .filter(event -> event.dealId().equals(id))
        .toList();
  }

  /** The committed events of the given type for one deal, oldest first. */
  <T extends Audited> List<T> ofDeal(String dealId, Class<T> type) {
    return ofDeal(dealId).stream().filter(type::isInstance).map(type::cast).toList();
  }

  List<NotificationsSent> notificationsOf(String dealId) {
    UUID id = UUID.fromString(dealId);
    return events.stream()
        .filter(NotificationsSent.class::isInstance)
        .map(NotificationsSent.class::cast)
        .filter(event -> event.dealId().equals(id))
        .toList();
  }
}
