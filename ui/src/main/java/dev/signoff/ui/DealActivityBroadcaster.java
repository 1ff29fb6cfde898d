package dev.signoff.ui;

import dev.signoff.comment.CommentDeleted;
import dev.signoff.comment.CommentEdited;
import dev.signoff.comment.CommentPosted;
import dev.signoff.comment.NotificationsSent;
import dev.signoff.comment.ThreadReopened;
import dev.signoff.comment.ThreadResolved;
import dev.signoff.comment.ThreadSigningRequirementChanged;
import dev.signoff.comment.ThreadsReanchored;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Brings comment activity to the screens: once a change to a deal's threads has committed, every
 * open view of that deal refreshes, and so does the notification bell of each user who was notified
 * ({@link LiveViews}). A change that rolls back shows nowhere.
 *
 * <p>The events are taken by a plain listener that defers to the commit rather than by a
 * transactional one: Spring Modulith would store a publication of every event for a transactional
 * listener, and refreshing the screens that were open at the time is worth nothing to replay after
 * a restart.
 */
@Component
class DealActivityBroadcaster {

  private final LiveViews views;

  DealActivityBroadcaster(LiveViews views) {
    this.views = views;
  }

  @EventListener
  void on(CommentPosted posted) {
    afterCommit(() -> views.dealChanged(posted.dealId()));
  }

  @EventListener
  void on(CommentEdited edited) {
    afterCommit(() -> views.dealChanged(edited.dealId()));
  }

  @EventListener
  void on(CommentDeleted deleted) {
    afterCommit(() -> views.dealChanged(deleted.dealId()));
  }

  @EventListener
  void on(ThreadResolved resolved) {
    afterCommit(() -> views.dealChanged(resolved.dealId()));
  }

  @EventListener
  void on(ThreadReopened reopened) {
    afterCommit(() -> views.dealChanged(reopened.dealId()));
  }

  @EventListener
  void on(ThreadSigningRequirementChanged changed) {
    afterCommit(() -> views.dealChanged(changed.dealId()));
  }

  @EventListener
  void on(ThreadsReanchored reanchored) {
    afterCommit(() -> views.dealChanged(reanchored.dealId()));
  }

  @EventListener
  void on(NotificationsSent sent) {
    afterCommit(() -> views.notified(sent.recipients()));
  }

  /** Runs the dispatch once the current transaction has committed, and never if it rolls back. */
  private static void afterCommit(Runnable dispatch) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      dispatch.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            dispatch.run();
          }
        });
  }
}
