package dev.signoff.comment;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the discussions of a deal decided before it came into Signoff as resolved threads: for
 * trusted server-side callers (the demo data), never from a request. Nobody is notified.
 */
@Service
public class PastThreads {

  private final ContractStore contracts;
  private final CommentThreadRepository threads;
  private final ThreadCommentRepository comments;
  private final ApplicationEventPublisher events;

  PastThreads(
      ContractStore contracts,
      CommentThreadRepository threads,
      ThreadCommentRepository comments,
      ApplicationEventPublisher events) {
    this.contracts = contracts;
    this.threads = threads;
    this.comments = comments;
    this.events = events;
  }

  /**
   * Stores each remark as a resolved thread with one comment, anchored to its clause of the deal's
   * current contract version (to the deal when no clause has that number), in the caller's
   * transaction; the audit trail records each thread's start and resolution.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(UUID dealId, List<PastRemark> remarks) {
    if (remarks.isEmpty()) {
      return;
    }
    ContractInfo current = contracts.current(dealId).orElseThrow();
    String text = contracts.textOfVersion(dealId, current.version());
    List<Clause> clauses = ClauseSegmenter.segment(text);
    for (PastRemark remark : remarks) {
      Anchor anchor =
          clauses.stream()
              .filter(clause -> clause.number().equals(remark.clauseNumber()))
              .findFirst()
              .map(clause -> Anchor.clause(current.version(), text, clause))
              .orElse(Anchor.DEAL);
      CommentThread thread =
          new CommentThread(dealId, anchor, null, false, remark.author(), remark.postedAt());
      thread.resolve(remark.resolvedBy(), remark.resolvedAt());
      threads.save(thread);
      ThreadComment comment =
          comments.save(
              new ThreadComment(
                  thread.id(),
                  remark.author(),
                  ThreadAccess.validBody(remark.body()),
                  List.of(),
                  remark.postedAt()));
      events.publishEvent(
          new CommentPosted(dealId, thread.id(), comment.id(), remark.author(), true, List.of()));
      events.publishEvent(new ThreadResolved(dealId, thread.id(), remark.resolvedBy()));
    }
  }
}
