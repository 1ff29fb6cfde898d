package dev.signoff.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sums up the threads of one deal for lists of deals and tasks. */
final class ThreadActivities {

  private ThreadActivities() {}

  static ThreadActivity of(UUID dealId, List<CommentThread> threads, ThreadQueries queries) {
    Map<UUID, List<ThreadComment>> commentsOf = queries.commentsOf(threads);
    int open = 0;
    int blocking = 0;
    int outdated = 0;
    Instant lastAt = null;
    String lastBy = null;
    for (CommentThread thread : threads) {
      if (thread.status() == ThreadStatus.OPEN) {
        open++;
        blocking += thread.mustResolveBeforeSigning() ? 1 : 0;
        outdated += thread.outdated() ? 1 : 0;
      }
      if (ThreadQueries.latest(lastAt, thread.createdAt()) != lastAt) {
        lastAt = thread.createdAt();
        lastBy = thread.createdBy();
      }
      if (ThreadQueries.latest(lastAt, thread.resolvedAt()) != lastAt) {
        lastAt = thread.resolvedAt();
        lastBy = thread.resolvedBy();
      }
      for (ThreadComment comment : commentsOf.getOrDefault(thread.id(), List.of())) {
        if (ThreadQueries.latest(lastAt, comment.lastChangedAt()) != lastAt) {
          lastAt = comment.lastChangedAt();
          lastBy = comment.deleted() ? comment.deletedBy() : comment.author();
        }
      }
    }
    return new ThreadActivity(
        dealId, open, threads.size() - open, blocking, outdated, lastAt, lastBy);
  }
}
