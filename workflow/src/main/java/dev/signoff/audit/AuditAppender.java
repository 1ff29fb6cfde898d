package dev.signoff.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends every {@link Audited} event to its deal's chain in the transaction that publishes it. The
 * listener runs before any other listener of the same event, so that a change's entry comes before
 * the entries of what the change sets off (a submitted deal before its routing and tasks). A
 * repository, so that a lock that cannot be had surfaces as Spring's {@code
 * PessimisticLockingFailureException}.
 */
@Repository
class AuditAppender {

  static final int MAX_ACTOR = 200;
  static final int MAX_ACTION = 100;
  static final int MAX_SUBJECT = 200;

  @PersistenceContext private EntityManager entityManager;
  private final Clock clock;

  AuditAppender(Clock clock) {
    this.clock = clock;
  }

  /** Fails, and with it the change, when the change runs without a transaction. */
  @EventListener
  @Order(Ordered.HIGHEST_PRECEDENCE)
  @Transactional(propagation = Propagation.MANDATORY)
  public void on(Audited event) {
    append(event, lock(event.dealId(), true));
  }

  /**
   * Locks the head of the deal's chain for the rest of the transaction (creating it on the deal's
   * first entry), or returns null when the deal has no chain and none is to be created. Found with
   * {@code find}, which does not flush the transaction's pending writes first, so taking this lock
   * is the transaction's first write lock on the deal unless the caller wrote before.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public AuditChainHead lock(UUID dealId, boolean create) {
    AuditChainHead head =
        entityManager.find(AuditChainHead.class, dealId, LockModeType.PESSIMISTIC_WRITE);
    if (head == null && create) {
      head = new AuditChainHead(dealId);
      entityManager.persist(head);
      // Written now, so that the row exists (and is held) when the lock is asked for again.
      entityManager.flush();
    }
    return head;
  }

  /** Appends the event after the locked head. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void append(Audited event, AuditChainHead head) {
    ChainLink link =
        AuditChain.link(
            UUID.randomUUID(),
            event.dealId(),
            head.lastSequence() + 1,
            clock.instant(),
            required("actor", event.actor(), MAX_ACTOR),
            required("action", event.auditAction(), MAX_ACTION),
            limited(
                "subject", event.auditSubject() == null ? "" : event.auditSubject(), MAX_SUBJECT),
            CanonicalJson.write(event.auditDetails()),
            head.lastHash());
    entityManager.persist(new AuditRecord(link));
    head.advance(link);
  }

  private static String required(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("An audit entry needs its " + field);
    }
    return limited(field, value, maxLength);
  }

  /** Too long a value is a programming error: the change fails rather than lose its entry. */
  private static String limited(String field, String value, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalStateException(
          "An audit entry's " + field + " is longer than " + maxLength + " characters");
    }
    return value;
  }
}
