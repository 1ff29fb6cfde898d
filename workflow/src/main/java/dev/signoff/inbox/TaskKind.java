package dev.signoff.inbox;

import dev.signoff.deal.SignOffKind;
import dev.signoff.review.ReviewProcess;
import java.util.Optional;

/** What a task asks of its assignee. */
public enum TaskKind {
  /** Review the contract against the group's checklist and decide. */
  REVIEW(ReviewProcess.REVIEW_TASK, SignOffKind.REVIEW),
  /** The deal owner uploads a revised contract after changes were requested. */
  REVISION(ReviewProcess.REVISION_TASK, null),
  /** Confirm the three pre-signoff statements. */
  PRE_SIGNOFF(ReviewProcess.PRE_SIGNOFF_TASK, SignOffKind.PRE_SIGNOFF),
  /** The manager's final approval. */
  FINAL_APPROVAL(ReviewProcess.FINAL_APPROVAL_TASK, SignOffKind.FINAL_APPROVAL);

  private final String elementId;
  private final SignOffKind signOffKind;

  TaskKind(String elementId, SignOffKind signOffKind) {
    this.elementId = elementId;
    this.signOffKind = signOffKind;
  }

  /** The sign-off a decision on this task records (none for the revision). */
  public Optional<SignOffKind> signOffKind() {
    return Optional.ofNullable(signOffKind);
  }

  static TaskKind ofElement(String elementId) {
    for (TaskKind kind : values()) {
      if (kind.elementId.equals(elementId)) {
        return kind;
      }
    }
    throw new IllegalStateException("Unknown task " + elementId);
  }
}
