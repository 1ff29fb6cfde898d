package dev.signoff.deal;

import dev.signoff.identity.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One required sign-off of a deal: a group's review or the final approval. */
@Entity
@Table(name = "sign_off")
class SignOff {

  @Id private UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "deal_id")
  private Deal deal;

  @Column(nullable = false)
  private int position;

  @Column(name = "review_group", nullable = false)
  private String group;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignOffKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SignOffStatus status;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String comment;

  protected SignOff() {}

  SignOff(Deal deal, int position, String group, SignOffKind kind) {
    this.id = UUID.randomUUID();
    this.deal = deal;
    this.position = position;
    this.group = group;
    this.kind = kind;
    this.status = SignOffStatus.PENDING;
  }

  void decide(boolean approved, String decidedBy, String comment, Instant now) {
    if (status != SignOffStatus.PENDING) {
      throw new IllegalStateException("Sign-off of " + group + " is already " + status);
    }
    this.status = approved ? SignOffStatus.APPROVED : SignOffStatus.REJECTED;
    this.decidedBy = decidedBy;
    this.comment = comment;
    this.decidedAt = now;
  }

  void cancel() {
    status = SignOffStatus.CANCELLED;
  }

  String group() {
    return group;
  }

  SignOffKind kind() {
    return kind;
  }

  SignOffStatus status() {
    return status;
  }

  SignOffView view() {
    return new SignOffView(group, Roles.label(group), kind, status, decidedBy, decidedAt, comment);
  }
}
