package dev.signoff.checklist;

import dev.signoff.platform.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A stored answer of a review group to one checklist item of a deal; the latest answer counts. */
@Entity
@Table(name = "checklist_answer")
class ChecklistAnswerRecord extends AssignedIdEntity {

  @Id private UUID id;

  @Column(name = "deal_id", nullable = false)
  private UUID dealId;

  @Column(name = "review_group", nullable = false)
  private String group;

  @Column(name = "item_id", nullable = false)
  private String itemId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Answer answer;

  @Column(name = "note")
  private String note;

  @Column(name = "clause_refs")
  private String clauseRefs;

  @Column(name = "answered_by", nullable = false)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  @Override
  public UUID getId() {
    return id;
  }

  protected ChecklistAnswerRecord() {}

  ChecklistAnswerRecord(UUID dealId, String group, String itemId) {
    this.id = UUID.randomUUID();
    this.dealId = dealId;
    this.group = group;
    this.itemId = itemId;
  }

  void set(ItemAnswer given, String by, Instant at) {
    this.answer = given.answer();
    this.note = given.note().isBlank() ? null : given.note();
    this.clauseRefs = given.clauseRefs().isEmpty() ? null : String.join(",", given.clauseRefs());
    this.answeredBy = by;
    this.answeredAt = at;
  }

  String itemId() {
    return itemId;
  }

  ItemAnswer answer() {
    List<String> refs = clauseRefs == null ? List.of() : Arrays.asList(clauseRefs.split(","));
    return new ItemAnswer(itemId, answer, note, refs);
  }

  AnsweredItem view() {
    return new AnsweredItem(answer(), answeredBy, answeredAt);
  }
}
