package dev.signoff.deal;

import dev.signoff.identity.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

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

  @Column(nullable = false)
  private int round;

  @ElementCollection(fetch = FetchType.EAGER)
  @Fetch(FetchMode.SUBSELECT)
  @CollectionTable(name = "sign_off_condition", joinColumns = @JoinColumn(name = "sign_off_id"))
  @OrderColumn(name = "position")
  @Column(name = "condition_text", nullable = false)
  private List<String> conditions = new ArrayList<>();

  @Column(name = "reset_note")
  private String note;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(name = "escalated_at")
  private Instant escalatedAt;

  protected SignOff() {}

  SignOff(Deal deal, int position, String group, SignOffKind kind, int round) {
    this.id = UUID.randomUUID();
    this.deal = deal;
    this.position = position;
    this.group = group;
    this.kind = kind;
    this.round = round;
    this.status = SignOffStatus.PENDING;
  }

  void decide(
      SignOffStatus outcome,
      String decidedBy,
      String comment,
      List<String> conditions,
      Instant now) {
    if (status != SignOffStatus.PENDING) {
      throw new IllegalStateException("Sign-off of " + group + " is already " + status);
    }
    if (outcome == SignOffStatus.PENDING || outcome == SignOffStatus.CANCELLED) {
      throw new IllegalArgumentException(outcome + " is not a decision");
    }
    this.status = outcome;
    this.decidedBy = decidedBy;
    this.comment = comment;
    this.conditions = new ArrayList<>(conditions);
    this.decidedAt = now;
  }

  void remind(Instant now) {
    remindedAt = now;
  }

  void escalate(Instant now) {
    escalatedAt = now;
  }

  /** Asks for this sign-off again in a new review round, saying why. */
  void reopen(int newRound, String why) {
    this.status = SignOffStatus.PENDING;
    this.round = newRound;
    this.note = why;
    this.decidedBy = null;
    this.decidedAt = null;
    this.comment = null;
    this.conditions = new ArrayList<>();
    this.remindedAt = null;
    this.escalatedAt = null;
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

  int round() {
    return round;
  }

  SignOffView view() {
    return new SignOffView(
        group,
        Roles.label(group),
        kind,
        status,
        decidedBy,
        decidedAt,
        comment,
        round,
        List.copyOf(conditions),
        note,
        remindedAt,
        escalatedAt);
  }
}
