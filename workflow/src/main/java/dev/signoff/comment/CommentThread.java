package dev.signoff.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A thread of comments on a deal, anchored to the deal, a clause or a text range. */
@Entity
@Table(name = "comment_thread")
class CommentThread {

  @Id private UUID id;

  @Column(name = "deal_id", nullable = false)
  private UUID dealId;

  @Enumerated(EnumType.STRING)
  @Column(name = "anchor_kind", nullable = false)
  private AnchorKind anchorKind;

  @Column(name = "created_in_version")
  private Integer createdInVersion;

  @Column(name = "anchor_version")
  private Integer anchorVersion;

  @Column(name = "clause_number")
  private String clauseNumber;

  @Column(name = "clause_heading")
  private String clauseHeading;

  @Column(name = "clause_label")
  private String clauseLabel;

  @Column(name = "start_offset")
  private Integer startOffset;

  @Column(name = "end_offset")
  private Integer endOffset;

  private String quote;

  @Column(name = "context_before")
  private String contextBefore;

  @Column(name = "context_after")
  private String contextAfter;

  @Column(nullable = false)
  private boolean outdated;

  @Column(name = "outdated_since_version")
  private Integer outdatedSinceVersion;

  @Column(name = "checklist_section")
  private String checklistSection;

  @Column(name = "must_resolve_before_signing", nullable = false)
  private boolean mustResolveBeforeSigning;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ThreadStatus status;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private Long version;

  protected CommentThread() {}

  CommentThread(
      UUID dealId,
      Anchor anchor,
      String checklistSection,
      boolean mustResolveBeforeSigning,
      String createdBy,
      Instant now) {
    this.id = UUID.randomUUID();
    this.dealId = dealId;
    this.createdInVersion = anchor.version();
    this.checklistSection = checklistSection;
    this.mustResolveBeforeSigning = mustResolveBeforeSigning;
    this.status = ThreadStatus.OPEN;
    this.createdBy = createdBy;
    this.createdAt = now;
    moveTo(anchor);
  }

  /** The anchored text was found in a (newer) version: the thread now refers to it. */
  void moveTo(Anchor anchor) {
    this.anchorKind = anchor.kind();
    this.anchorVersion = anchor.version();
    this.clauseNumber = anchor.clauseNumber();
    this.clauseHeading = anchor.clauseHeading();
    this.clauseLabel = anchor.clauseLabel();
    this.startOffset = anchor.start();
    this.endOffset = anchor.end();
    this.quote = anchor.quote();
    this.contextBefore = anchor.contextBefore();
    this.contextAfter = anchor.contextAfter();
    this.outdated = false;
    this.outdatedSinceVersion = null;
  }

  /** The version no longer has the anchored text: keep pointing at the older text. */
  void markOutdated(int sinceVersion) {
    if (!outdated) {
      outdated = true;
      outdatedSinceVersion = sinceVersion;
    }
  }

  void resolve(String by, Instant now) {
    status = ThreadStatus.RESOLVED;
    resolvedBy = by;
    resolvedAt = now;
  }

  void reopen() {
    status = ThreadStatus.OPEN;
    resolvedBy = null;
    resolvedAt = null;
  }

  void requireResolutionBeforeSigning(boolean required) {
    mustResolveBeforeSigning = required;
  }

  Anchor anchor() {
    return new Anchor(
        anchorKind,
        anchorVersion,
        clauseNumber,
        clauseHeading,
        clauseLabel,
        startOffset,
        endOffset,
        quote,
        contextBefore,
        contextAfter);
  }

  ThreadAnchor anchorView() {
    return new ThreadAnchor(
        anchorKind,
        createdInVersion,
        anchorVersion,
        clauseNumber,
        clauseHeading,
        clauseLabel,
        startOffset,
        endOffset,
        quote,
        outdated,
        outdatedSinceVersion);
  }

  /** What the thread is about, as a person names it. */
  String about() {
    return switch (anchorKind) {
      case DEAL -> "the deal";
      case CLAUSE -> "clause " + clauseLabel;
      case RANGE -> "a passage of " + clauseLabel;
    };
  }

  UUID id() {
    return id;
  }

  UUID dealId() {
    return dealId;
  }

  AnchorKind anchorKind() {
    return anchorKind;
  }

  Integer anchorVersion() {
    return anchorVersion;
  }

  Integer startOffset() {
    return startOffset;
  }

  boolean outdated() {
    return outdated;
  }

  String checklistSection() {
    return checklistSection;
  }

  boolean mustResolveBeforeSigning() {
    return mustResolveBeforeSigning;
  }

  ThreadStatus status() {
    return status;
  }

  String resolvedBy() {
    return resolvedBy;
  }

  Instant resolvedAt() {
    return resolvedAt;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  long version() {
    return version == null ? 0 : version;
  }
}
