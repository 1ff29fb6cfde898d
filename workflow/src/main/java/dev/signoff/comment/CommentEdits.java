package dev.signoff.comment;

import dev.signoff.identity.Caller;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Edits and deletions of one's own comments, inside the transaction {@link CommentThreads} runs.
 */
@Component
class CommentEdits {

  private final ThreadAccess access;
  private final Mentions mentions;
  private final NotificationWriter notifications;
  private final ThreadCommentRepository comments;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  CommentEdits(
      ThreadAccess access,
      Mentions mentions,
      NotificationWriter notifications,
      ThreadCommentRepository comments,
      ApplicationEventPublisher events,
      Clock clock) {
    this.access = access;
    this.mentions = mentions;
    this.notifications = notifications;
    this.comments = comments;
    this.events = events;
    this.clock = clock;
  }

  CommentView edit(UUID dealId, UUID threadId, UUID commentId, String body, long expectedVersion) {
    Caller caller = access.requireDealForChange(dealId);
    CommentThread thread = access.thread(dealId, threadId);
    ThreadComment comment = ownComment(thread, commentId, caller, "edit", expectedVersion);
    String text = ThreadAccess.validBody(body);
    Mentions.Resolved mentioned = mentions.resolve(dealId, text, caller.username());
    Set<String> before = new HashSet<>(comment.mentions().stream().map(Mention::name).toList());
    List<String> added = mentioned.names().stream().filter(name -> !before.contains(name)).toList();
    comment.edit(text, mentioned.mentions(), clock.instant());
    comments.flush();
    notifications.mentionedByEdit(thread, comment, mentioned.recipientsOf(added));
    events.publishEvent(
        new CommentEdited(
            dealId, threadId, commentId, caller.username(), mentioned.names(), added));
    return ThreadViews.comment(comment);
  }

  CommentView delete(UUID dealId, UUID threadId, UUID commentId, long expectedVersion) {
    Caller caller = access.requireDealForChange(dealId);
    CommentThread thread = access.thread(dealId, threadId);
    ThreadComment comment = ownComment(thread, commentId, caller, "delete", expectedVersion);
    comment.delete(caller.username(), clock.instant());
    comments.flush();
    notifications.commentDeleted(comment);
    events.publishEvent(new CommentDeleted(dealId, threadId, commentId, caller.username()));
    return ThreadViews.comment(comment);
  }

  private ThreadComment ownComment(
      CommentThread thread, UUID commentId, Caller caller, String action, long expectedVersion) {
    ThreadComment comment = access.comment(thread, commentId);
    if (!comment.author().equals(caller.username())) {
      throw CommentProblem.notYours(action, comment.author());
    }
    if (comment.deleted()) {
      throw CommentProblem.conflict("The comment was deleted; there is nothing to " + action + ".");
    }
    ThreadAccess.requireVersion(expectedVersion, comment.version(), "comment");
    return comment;
  }
}
