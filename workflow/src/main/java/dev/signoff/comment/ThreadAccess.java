package dev.signoff.comment;

import dev.signoff.audit.AuditTrail;
import dev.signoff.deal.DealVisibility;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks that the caller may see the deal, and finds threads and comments within it. */
@Component
class ThreadAccess {

  private final DealVisibility visibility;
  private final AuditTrail audit;
  private final CommentThreadRepository threads;
  private final ThreadCommentRepository comments;

  ThreadAccess(
      DealVisibility visibility,
      AuditTrail audit,
      CommentThreadRepository threads,
      ThreadCommentRepository comments) {
    this.visibility = visibility;
    this.audit = audit;
    this.threads = threads;
    this.comments = comments;
  }

  /**
   * The caller, once it is clear they may see the deal.
   *
   * @throws dev.signoff.deal.DealNotFound otherwise
   */
  Caller requireDeal(UUID dealId) {
    visibility.requireVisible(dealId);
    return CurrentCaller.get();
  }

  /**
   * The caller, once it is clear they may see the deal, holding the lock on the deal's audit chain
   * for the rest of the transaction. Taken before the change writes anything, as every other change
   * to a deal does, so that a comment and a new contract version (which moves threads) wait for
   * each other instead of deadlocking on the thread's row.
   *
   * @throws dev.signoff.deal.DealNotFound otherwise
   */
  Caller requireDealForChange(UUID dealId) {
    Caller caller = requireDeal(dealId);
    audit.lockChain(dealId);
    return caller;
  }

  /** A thread of the deal, or 404. */
  CommentThread thread(UUID dealId, UUID threadId) {
    return threads
        .findById(threadId)
        .filter(thread -> thread.dealId().equals(dealId))
        .orElseThrow(() -> CommentProblem.threadNotFound(threadId));
  }

  /** A comment of the thread, or 404. */
  ThreadComment comment(CommentThread thread, UUID commentId) {
    return comments
        .findById(commentId)
        .filter(comment -> comment.threadId().equals(thread.id()))
        .orElseThrow(() -> CommentProblem.commentNotFound(commentId));
  }

  /** Refuses a change made on a state the client no longer sees: someone else changed it. */
  static void requireVersion(long expected, long actual, String what) {
    if (expected != actual) {
      throw CommentProblem.changedMeanwhile(what);
    }
  }

  /** The comment body as stored: verbatim, within the length limit, not blank. */
  static String validBody(String body) {
    if (body == null || body.isBlank()) {
      throw CommentProblem.invalid("Write something: the comment is empty.");
    }
    if (body.length() > ThreadComment.MAX_BODY) {
      throw CommentProblem.invalid(
          "The comment has "
              + body.length()
              + " characters; the limit is "
              + ThreadComment.MAX_BODY
              + ".");
    }
    return body;
  }
}
