package dev.signoff.comment;

import dev.signoff.identity.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Starting threads and writing in them: replies, edits and deletions of one's own comments. Anyone
 * who may see a deal may comment on it; each change is its own transaction, in which the
 * notifications it causes are written and its event is published.
 */
@Service
public class CommentThreads {

  private final ThreadAccess access;
  private final Anchors anchors;
  private final Mentions mentions;
  private final ChecklistSectionIds sections;
  private final NotificationWriter notifications;
  private final CommentThreadRepository threads;
  private final ThreadCommentRepository comments;
  private final ApplicationEventPublisher events;
  private final CommentEdits edits;
  private final Writes writes;
  private final Clock clock;

  CommentThreads(
      ThreadAccess access,
      Anchors anchors,
      Mentions mentions,
      ChecklistSectionIds sections,
      NotificationWriter notifications,
      CommentThreadRepository threads,
      ThreadCommentRepository comments,
      ApplicationEventPublisher events,
      CommentEdits edits,
      Writes writes,
      Clock clock) {
    this.access = access;
    this.anchors = anchors;
    this.mentions = mentions;
    this.sections = sections;
    this.notifications = notifications;
    this.threads = threads;
    this.comments = comments;
    this.events = events;
    this.edits = edits;
    this.writes = writes;
    this.clock = clock;
  }

  /**
   * Starts a thread with its first comment, anchored to the deal, to a clause or to a text range of
   * a contract version (the current one unless the request names another). Mentioned users and the
   * members of mentioned groups are notified; {@link CommentPosted} is published.
   *
   * @throws dev.signoff.deal.DealNotFound when the caller may not see the deal
   * @throws CommentProblem 400 for an empty or too long comment, an unknown clause, a range outside
   *     the text, an unknown checklist section or an unknown mention; 422 for a mention of someone
   *     who cannot see the deal
   */
  @PreAuthorize("isAuthenticated()")
  public ThreadView start(UUID dealId, NewThread request) {
    return writes.run(
        "thread",
        () -> {
          Caller caller = access.requireDealForChange(dealId);
          String body = ThreadAccess.validBody(request.body());
          Anchor anchor = anchors.of(dealId, request);
          String section = sections.valid(request.checklistSection());
          Mentions.Resolved mentioned = mentions.resolve(dealId, body, caller.username());
          CommentThread thread =
              threads.save(
                  new CommentThread(
                      dealId,
                      anchor,
                      section,
                      request.mustResolveBeforeSigning(),
                      caller.username(),
                      clock.instant()));
          ThreadComment first = comments.save(comment(thread, caller, body, mentioned));
          notifications.posted(thread, first, mentioned.recipients(), List.of());
          events.publishEvent(
              new CommentPosted(
                  dealId, thread.id(), first.id(), caller.username(), true, mentioned.names()));
          return ThreadViews.thread(thread, List.of(first));
        });
  }

  /**
   * Replies in a thread (open or resolved). The thread's earlier participants are notified of the
   * reply, the mentioned of the mention; {@link CommentPosted} is published.
   *
   * @throws CommentProblem 404 for a thread not on this deal; 400 / 422 as for {@link #start}
   */
  @PreAuthorize("isAuthenticated()")
  public CommentView reply(UUID dealId, UUID threadId, String body) {
    return writes.run(
        "thread",
        () -> {
          Caller caller = access.requireDealForChange(dealId);
          CommentThread thread = access.thread(dealId, threadId);
          String text = ThreadAccess.validBody(body);
          Mentions.Resolved mentioned = mentions.resolve(dealId, text, caller.username());
          List<ThreadComment> earlier = comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId);
          ThreadComment reply = comments.save(comment(thread, caller, text, mentioned));
          notifications.posted(thread, reply, mentioned.recipients(), earlier);
          events.publishEvent(
              new CommentPosted(
                  dealId, threadId, reply.id(), caller.username(), false, mentioned.names()));
          return ThreadViews.comment(reply);
        });
  }

  /**
   * Changes the text of one of the caller's own comments, which then shows as edited. Users and
   * groups it mentions for the first time are notified; {@link CommentEdited} is published.
   *
   * @param expectedVersion the comment's version as the caller saw it
   * @throws CommentProblem 403 for another's comment; 409 when it was changed meanwhile or is
   *     deleted; 404 / 400 / 422 as for {@link #reply}
   */
  @PreAuthorize("isAuthenticated()")
  public CommentView edit(
      UUID dealId, UUID threadId, UUID commentId, String body, long expectedVersion) {
    return writes.run(
        "comment", () -> edits.edit(dealId, threadId, commentId, body, expectedVersion));
  }

  /**
   * Deletes one of the caller's own comments: it stays as a tombstone ("deleted by … at …") whose
   * text is no longer served; {@link CommentDeleted} is published.
   *
   * @throws CommentProblem 403 for another's comment; 409 when it was changed meanwhile or is
   *     deleted already; 404 as for {@link #reply}
   */
  @PreAuthorize("isAuthenticated()")
  public CommentView delete(UUID dealId, UUID threadId, UUID commentId, long expectedVersion) {
    return writes.run("comment", () -> edits.delete(dealId, threadId, commentId, expectedVersion));
  }

  private ThreadComment comment(
      CommentThread thread, Caller caller, String body, Mentions.Resolved mentioned) {
    return new ThreadComment(
        thread.id(), caller.username(), body, mentioned.mentions(), clock.instant());
  }
}
