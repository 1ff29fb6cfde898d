package dev.signoff.comment;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes the notifications of thread activity in the transaction of the activity itself: mentions,
 * replies to the thread's participants, resolutions and reopenings. Nobody is notified of their own
 * action, and nobody twice for one action.
 */
@Component
class NotificationWriter {

  static final String DELETED_EXCERPT = "(comment deleted)";

  private final NotificationRepository notifications;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  NotificationWriter(
      NotificationRepository notifications, ApplicationEventPublisher events, Clock clock) {
    this.notifications = notifications;
    this.events = events;
    this.clock = clock;
  }

  /** A new comment: the mentioned are told of the mention, the thread's participants of a reply. */
  void posted(
      CommentThread thread,
      ThreadComment comment,
      Set<String> mentioned,
      List<ThreadComment> earlier) {
    Set<String> told = new LinkedHashSet<>();
    send(thread, comment, NotificationKind.MENTION, comment.author(), mentioned, told);
    if (!earlier.isEmpty()) {
      send(
          thread,
          comment,
          NotificationKind.REPLY,
          comment.author(),
          participants(thread, earlier),
          told);
    }
    announce(thread, told);
  }

  /** An edit that mentions someone new. */
  void mentionedByEdit(CommentThread thread, ThreadComment comment, Set<String> newlyMentioned) {
    Set<String> told = new LinkedHashSet<>();
    send(thread, comment, NotificationKind.MENTION, comment.author(), newlyMentioned, told);
    announce(thread, told);
  }

  /**
   * The thread was resolved or reopened: its participants are told, and whoever else is given (such
   * as the one who had resolved a reopened thread).
   */
  void statusChanged(
      CommentThread thread,
      NotificationKind kind,
      String actor,
      List<ThreadComment> comments,
      Collection<String> alsoTell) {
    ThreadComment first = comments.isEmpty() ? null : comments.get(0);
    Set<String> recipients = participants(thread, comments);
    recipients.addAll(alsoTell);
    Set<String> told = new LinkedHashSet<>();
    for (String recipient : recipients) {
      if (!recipient.equals(actor) && told.add(recipient)) {
        notifications.save(
            new Notification(
                recipient,
                thread.dealId(),
                thread.id(),
                null,
                kind,
                actor,
                excerptOf(first),
                clock.instant()));
      }
    }
    announce(thread, told);
  }

  /** A deleted comment's text no longer shows in the notifications it caused. */
  void commentDeleted(ThreadComment comment) {
    notifications.replaceExcerpts(comment.id(), DELETED_EXCERPT);
  }

  private void send(
      CommentThread thread,
      ThreadComment comment,
      NotificationKind kind,
      String actor,
      Collection<String> recipients,
      Set<String> told) {
    for (String recipient : recipients) {
      if (!recipient.equals(actor) && told.add(recipient)) {
        notifications.save(
            new Notification(
                recipient,
                thread.dealId(),
                thread.id(),
                comment.id(),
                kind,
                actor,
                excerptOf(comment),
                clock.instant()));
      }
    }
  }

  private void announce(CommentThread thread, Set<String> told) {
    if (!told.isEmpty()) {
      events.publishEvent(new NotificationsSent(thread.dealId(), thread.id(), told));
    }
  }

  /** Who started the thread or wrote in it, in order of appearance. */
  static Set<String> participants(CommentThread thread, List<ThreadComment> comments) {
    Set<String> participants = new LinkedHashSet<>();
    participants.add(thread.createdBy());
    comments.forEach(comment -> participants.add(comment.author()));
    return participants;
  }

  static String excerptOf(ThreadComment comment) {
    if (comment == null || comment.deleted()) {
      return DELETED_EXCERPT;
    }
    return CommentMarkdown.plainExcerpt(comment.body(), Notification.MAX_EXCERPT);
  }
}
