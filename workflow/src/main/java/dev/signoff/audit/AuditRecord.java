package dev.signoff.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A stored audit entry. Inserted once, never updated or deleted. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditRecord {

  @Id private UUID id;

  @Column(name = "deal_id", nullable = false, updatable = false)
  private UUID dealId;

  @Column(nullable = false, updatable = false)
  private long sequence;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private Instant occurredAt;

  @Column(nullable = false, updatable = false)
  private String actor;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String details;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(nullable = false, updatable = false)
  private String hash;

  protected AuditRecord() {}

  AuditRecord(ChainLink link) {
    this.id = link.id();
    this.dealId = link.dealId();
    this.sequence = link.sequence();
    this.occurredAt = link.occurredAt();
    this.actor = link.actor();
    this.action = link.action();
    this.subject = link.subject();
    this.details = link.details();
    this.previousHash = link.previousHash();
    this.hash = link.hash();
  }

  ChainLink link() {
    return new ChainLink(
        id, dealId, sequence, occurredAt, actor, action, subject, details, previousHash, hash);
  }
}
