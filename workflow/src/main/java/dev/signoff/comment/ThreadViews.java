package dev.signoff.comment;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Turns threads and comments into what people and scripts see. */
final class ThreadViews {

  /** Document position first (threads on the whole deal before anchored ones), then age. */
  static final Comparator<CommentThread> BY_POSITION =
      Comparator.<CommentThread>comparingInt(
              thread -> thread.anchorKind() == AnchorKind.DEAL ? -1 : thread.startOffset())
          .thenComparing(CommentThread::createdAt)
          .thenComparing(CommentThread::id);

  private ThreadViews() {}

  static ThreadView thread(CommentThread thread, List<ThreadComment> comments) {
    Instant last = thread.createdAt();
    for (ThreadComment comment : comments) {
      last = later(last, comment.lastChangedAt());
    }
    last = later(last, thread.resolvedAt());
    return new ThreadView(
        thread.id(),
        thread.dealId(),
        thread.anchorView(),
        thread.checklistSection(),
        thread.mustResolveBeforeSigning(),
        thread.status(),
        thread.resolvedBy(),
        thread.resolvedAt(),
        thread.createdBy(),
        thread.createdAt(),
        last,
        comments.stream().map(ThreadViews::comment).toList(),
        thread.version());
  }

  static CommentView comment(ThreadComment comment) {
    boolean deleted = comment.deleted();
    return new CommentView(
        comment.id(),
        comment.threadId(),
        comment.author(),
        deleted ? null : comment.body(),
        deleted ? null : CommentMarkdown.toSafeHtml(comment.body()),
        comment.createdAt(),
        comment.editedAt(),
        comment.editedAt() != null,
        deleted,
        comment.deletedBy(),
        comment.deletedAt(),
        comment.mentions().stream().map(Mention::name).toList(),
        comment.version());
  }

  private static Instant later(Instant one, Instant other) {
    return other != null && other.isAfter(one) ? other : one;
  }
}
