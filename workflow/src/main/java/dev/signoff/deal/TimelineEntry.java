package dev.signoff.deal;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step of a deal's review, kept for its timeline; never changed once written. */
@Entity
@Table(name = "deal_timeline")
class TimelineEntry extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "deal_id", nullable = false)
  private UUID dealId;

  @Column(name = "happened_at", nullable = false)
  private Instant at;

  @Column(name = "review_group")
  private String group;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private SignOffKind kind;

  @Column(nullable = false)
  private int round;

  @Column(nullable = false)
  private String what;

  @Column(name = "done_by")
  private String by;

  @Column(name = "details")
  private String text;

  @Override
  public UUID getId() {
    return id;
  }

  protected TimelineEntry() {}

  TimelineEntry(
      UUID dealId,
      Instant at,
      String group,
      SignOffKind kind,
      int round,
      String what,
      String by,
      String text) {
    this.id = UUID.randomUUID();
    this.dealId = dealId;
    this.at = at;
    this.group = group;
    this.kind = kind;
    this.round = round;
    this.what = what;
    this.by = by;
    this.text = text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
  }

  SignOffHistory view() {
    return new SignOffHistory(at, group, kind, round, what, by, text);
  }
}
