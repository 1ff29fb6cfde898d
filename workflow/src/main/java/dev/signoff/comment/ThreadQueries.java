package dev.signoff.comment;

import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Caller;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading a deal's threads, for anyone who may see the deal. */
@Service
public class ThreadQueries {

  private final ThreadAccess access;
  private final CommentThreadRepository threads;
  private final ThreadCommentRepository comments;
  private final DealService deals;

  ThreadQueries(
      ThreadAccess access,
      CommentThreadRepository threads,
      ThreadCommentRepository comments,
      DealService deals) {
    this.access = access;
    this.threads = threads;
    this.comments = comments;
    this.deals = deals;
  }

  /**
   * The deal's threads that pass the filter, with their comments, in document order: threads on the
   * whole deal first, then by position in the contract, then oldest first.
   *
   * @throws dev.signoff.deal.DealNotFound when the caller may not see the deal
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ThreadView> list(UUID dealId, ThreadFilter filter) {
    Caller caller = access.requireDeal(dealId);
    ThreadFilter wanted = filter == null ? ThreadFilter.ALL : filter;
    List<CommentThread> found = threads.findByDealId(dealId);
    Map<UUID, List<ThreadComment>> commentsOf = commentsOf(found);
    Predicate<CommentThread> passes =
        thread -> wanted.matches(thread, commentsOf.getOrDefault(thread.id(), List.of()), caller);
    return found.stream()
        .filter(passes)
        .sorted(ThreadViews.BY_POSITION)
        .map(thread -> ThreadViews.thread(thread, commentsOf.getOrDefault(thread.id(), List.of())))
        .toList();
  }

  /**
   * One thread of the deal with its comments.
   *
   * @throws dev.signoff.deal.DealNotFound when the caller may not see the deal
   * @throws CommentProblem 404 when the deal has no such thread
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public ThreadView get(UUID dealId, UUID threadId) {
    access.requireDeal(dealId);
    CommentThread thread = access.thread(dealId, threadId);
    return ThreadViews.thread(thread, comments.findByThreadIdOrderByCreatedAtAscIdAsc(threadId));
  }

  /**
   * The open threads that must be resolved before the deal can be signed, in document order.
   *
   * @throws dev.signoff.deal.DealNotFound when the caller may not see the deal
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<BlockingThread> openThreadsBlockingSignature(UUID dealId) {
    access.requireDeal(dealId);
    List<CommentThread> blocking =
        threads.findByDealIdAndStatus(dealId, ThreadStatus.OPEN).stream()
            .filter(CommentThread::mustResolveBeforeSigning)
            .sorted(ThreadViews.BY_POSITION)
            .toList();
    Map<UUID, List<ThreadComment>> commentsOf = commentsOf(blocking);
    return blocking.stream()
        .map(
            thread ->
                new BlockingThread(
                    thread.id(),
                    thread.createdBy(),
                    thread.about(),
                    NotificationWriter.excerptOf(
                        commentsOf.getOrDefault(thread.id(), List.of()).stream()
                            .findFirst()
                            .orElse(null))))
        .toList();
  }

  /**
   * Refuses to let the deal be signed while threads that must be resolved first are open; called
   * where the signing decision is taken, in its transaction.
   *
   * @throws SigningBlockedByThreads (409) listing those threads and who started them
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public void requireNothingBlocksSigning(UUID dealId) {
    List<BlockingThread> blocking = openThreadsBlockingSignature(dealId);
    if (!blocking.isEmpty()) {
      throw new SigningBlockedByThreads(blocking);
    }
  }

  /**
   * How much discussion each of the given deals has, for the deals the caller may see (others are
   * left out silently), in the order of the ids given.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ThreadActivity> activity(Collection<UUID> dealIds) {
    List<UUID> visible = deals.visibleAmong(dealIds).stream().map(DealDetails::id).toList();
    Map<UUID, List<CommentThread>> byDeal =
        threads.findByDealIdIn(visible).stream()
            .collect(Collectors.groupingBy(CommentThread::dealId));
    return dealIds.stream()
        .distinct()
        .filter(visible::contains)
        .map(dealId -> ThreadActivities.of(dealId, byDeal.getOrDefault(dealId, List.of()), this))
        .toList();
  }

  Map<UUID, List<ThreadComment>> commentsOf(Collection<CommentThread> found) {
    if (found.isEmpty()) {
      return Map.of();
    }
    return comments.findByThreadIdIn(found.stream().map(CommentThread::id).toList()).stream()
        .sorted(
            java.util.Comparator.comparing(ThreadComment::createdAt)
                .thenComparing(ThreadComment::id))
        .collect(Collectors.groupingBy(ThreadComment::threadId));
  }

  /** Latest activity of a list of threads. */
  static Instant latest(Instant one, Instant other) {
    return other != null && (one == null || other.isAfter(one)) ? other : one;
  }
}
