package dev.signoff.comment;

import dev.signoff.contract.ContractVersionStored;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a new contract version is stored, moves the deal's open threads to it (resolved threads stay
 * at the text they were resolved on; reopening moves them).
 *
 * <p>This listens inside the storing transaction ({@code @EventListener}, not an after-commit
 * {@code @ApplicationModuleListener}) on purpose: the version and the threads' anchors change
 * together or not at all, so no reader ever sees a new version with threads still pointing into the
 * old one, and a reviewer's comment posted right after the upload lands on re-anchored threads.
 * Re-anchoring is pure computation on texts already in the transaction and never fails an upload (a
 * thread it cannot place is marked outdated).
 */
@Component
class ThreadReanchorer {

  private final CommentThreadRepository threads;
  private final ThreadRelocation relocation;
  private final ApplicationEventPublisher events;

  ThreadReanchorer(
      CommentThreadRepository threads,
      ThreadRelocation relocation,
      ApplicationEventPublisher events) {
    this.threads = threads;
    this.relocation = relocation;
    this.events = events;
  }

  @EventListener
  void on(ContractVersionStored stored) {
    List<CommentThread> open =
        threads.findByDealIdAndStatus(stored.dealId(), ThreadStatus.OPEN).stream()
            .filter(thread -> thread.anchorKind() != AnchorKind.DEAL)
            .toList();
    if (open.isEmpty()) {
      return;
    }
    int version = stored.version().version();
    ThreadRelocation.Counts counts = relocation.relocate(stored.dealId(), open, version);
    events.publishEvent(
        new ThreadsReanchored(
            stored.dealId(), stored.version().id(), version, counts.moved(), counts.outdated()));
  }
}
