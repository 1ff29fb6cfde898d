package dev.signoff.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The head of a deal's audit chain: its last sequence number and hash. Appending locks it, so the
 * appends to one deal follow each other; it is only ever loaded with that lock.
 */
@Entity
@Table(name = "audit_chain")
class AuditChainHead {

  @Id
  @Column(name = "deal_id")
  private UUID dealId;

  @Column(name = "last_sequence", nullable = false)
  private long lastSequence;

  @Column(name = "last_hash", nullable = false)
  private String lastHash;

  protected AuditChainHead() {}

  AuditChainHead(UUID dealId) {
    this.dealId = dealId;
    this.lastSequence = 0;
    this.lastHash = AuditChain.GENESIS;
  }

  long lastSequence() {
    return lastSequence;
  }

  String lastHash() {
    return lastHash;
  }

  void advance(ChainLink appended) {
    if (appended.sequence() != lastSequence + 1 || !appended.previousHash().equals(lastHash)) {
      throw new IllegalStateException("An audit entry must follow the head of its chain");
    }
    lastSequence = appended.sequence();
    lastHash = appended.hash();
  }
}
