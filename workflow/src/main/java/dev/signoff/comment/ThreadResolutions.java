package dev.signoff.comment;

import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.identity.Caller;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Resolving and reopening threads (anyone who may see the deal), and whether a thread must be
 * resolved before the deal is signed (its starter). Each change carries the thread version the
 * caller saw; a change on a stale version is refused with 409 and leaves the thread as it is.
 */
@Service
public class ThreadResolutions {

  private final ThreadAccess access;
  private final ThreadCommentRepository comments;
  private final CommentThreadRepository threads;
  private final NotificationWriter notifications;
  private final ThreadRelocation relocation;
  private final ContractStore contracts;
  private final ApplicationEventPublisher events;
  private final Writes writes;
  private final Clock clock;

  ThreadResolutions(
      ThreadAccess access,
      ThreadCommentRepository comments,
      CommentThreadRepository threads,
      NotificationWriter notifications,
      ThreadRelocation relocation,
      ContractStore contracts,
      ApplicationEventPublisher events,
      Writes writes,
      Clock clock) {
    this.access = access;
    this.comments = comments;
    this.threads = threads;
    this.notifications = notifications;
    this.relocation = relocation;
    this.contracts = contracts;
    this.events = events;
    this.writes = writes;
    this.clock = clock;
  }

  /**
   * Resolves an open thread; its participants are notified and {@link ThreadResolved} published.
   *
   * @throws CommentProblem 404 for a thread not on this deal; 409 when it changed meanwhile or is
   *     resolved already
   */
  @PreAuthorize("isAuthenticated()")
  public ThreadView resolve(UUID dealId, UUID threadId, long expectedVersion) {
    return writes.run(
        "thread",
        () -> {
          Caller caller = access.requireDealForChange(dealId);
          CommentThread thread = current(dealId, threadId, expectedVersion);
          if (thread.status() == ThreadStatus.RESOLVED) {
            throw CommentProblem.conflict(
                "The thread was already resolved by " + thread.resolvedBy() + ".");
          }
          thread.resolve(caller.username(), clock.instant());
          return changed(
              thread,
              NotificationKind.RESOLVED,
              caller,
              List.of(),
              new ThreadResolved(dealId, threadId, caller.username()));
        });
  }

  /**
   * Reopens a resolved thread. A thread resolved on an older contract version moves to the current
   * one (or is marked outdated there). Participants are notified; {@link ThreadReopened} is
   * published.
   *
   * @throws CommentProblem 404 for a thread not on this deal; 409 when it changed meanwhile or is
   *     open already
   */
  @PreAuthorize("isAuthenticated()")
  public ThreadView reopen(UUID dealId, UUID threadId, long expectedVersion) {
    return writes.run(
        "thread",
        () -> {
          Caller caller = access.requireDealForChange(dealId);
          CommentThread thread = current(dealId, threadId, expectedVersion);
          if (thread.status() == ThreadStatus.OPEN) {
            throw CommentProblem.conflict("The thread is open already.");
          }
          String resolver = thread.resolvedBy();
          thread.reopen();
          contracts
              .current(dealId)
              .map(ContractInfo::version)
              .ifPresent(version -> relocation.relocate(dealId, List.of(thread), version));
          return changed(
              thread,
              NotificationKind.REOPENED,
              caller,
              List.of(resolver),
              new ThreadReopened(dealId, threadId, caller.username()));
        });
  }

  /**
   * Sets or clears whether the thread must be resolved before the deal can be signed; only its
   * starter may. Publishes {@link ThreadSigningRequirementChanged}.
   *
   * @throws CommentProblem 403 for someone else's thread; 404 / 409 as for {@link #resolve}
   */
  @PreAuthorize("isAuthenticated()")
  public ThreadView requireResolutionBeforeSigning(
      UUID dealId, UUID threadId, boolean required, long expectedVersion) {
    return writes.run(
        "thread",
        () -> {
          Caller caller = access.requireDealForChange(dealId);
          CommentThread thread = current(dealId, threadId, expectedVersion);
          if (!thread.createdBy().equals(caller.username())) {
            throw CommentProblem.notStarter(thread.createdBy());
          }
          thread.requireResolutionBeforeSigning(required);
          threads.flush();
          events.publishEvent(
              new ThreadSigningRequirementChanged(dealId, threadId, caller.username(), required));
          return ThreadViews.thread(
              thread, comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId));
        });
  }

  private CommentThread current(UUID dealId, UUID threadId, long expectedVersion) {
    CommentThread thread = access.thread(dealId, threadId);
    ThreadAccess.requireVersion(expectedVersion, thread.version(), "thread");
    return thread;
  }

  private ThreadView changed(
      CommentThread thread,
      NotificationKind kind,
      Caller caller,
      List<String> alsoTell,
      Object event) {
    threads.flush();
    List<ThreadComment> all = comments.findByThreadIdOrderByCreatedAtAscIdAsc(thread.id());
    notifications.statusChanged(thread, kind, caller.username(), all, alsoTell);
    events.publishEvent(event);
    return ThreadViews.thread(thread, all);
  }
}
