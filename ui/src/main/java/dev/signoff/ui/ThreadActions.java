package dev.signoff.ui;

import dev.signoff.comment.CommentView;
import dev.signoff.comment.MentionCandidate;
import dev.signoff.comment.NewThread;
import dev.signoff.comment.ThreadFilter;
import dev.signoff.comment.ThreadStatus;
import dev.signoff.comment.ThreadView;
import dev.signoff.identity.CurrentCaller;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a user does in a deal's threads, as calls to the comment services. A refused change is shown
 * as a problem; after every change, refused or not, the threads are reloaded, so that what others
 * wrote meanwhile is on screen.
 */
final class ThreadActions {

  private final CommentServices services;
  private final UUID dealId;
  private final String me;
  private Runnable reload = () -> {};

  ThreadActions(CommentServices services, UUID dealId) {
    this.services = services;
    this.dealId = dealId;
    this.me = CurrentCaller.get().username();
  }

  void onChange(Runnable reload) {
    this.reload = reload;
  }

  /** The signed-in user looking at the threads. */
  String me() {
    return me;
  }

  UUID dealId() {
    return dealId;
  }

  List<MentionCandidate> mentionCandidates(String prefix) {
    return services.mentions().candidates(dealId, prefix);
  }

  Optional<ThreadView> start(NewThread request) {
    return change(() -> services.threads().start(dealId, request));
  }

  boolean reply(ThreadView thread, String body) {
    return change(() -> services.threads().reply(dealId, thread.id(), body)).isPresent();
  }

  boolean edit(CommentView comment, String body) {
    return change(
            () ->
                services
                    .threads()
                    .edit(dealId, comment.threadId(), comment.id(), body, comment.version()))
        .isPresent();
  }

  boolean delete(CommentView comment) {
    return change(
            () ->
                services
                    .threads()
                    .delete(dealId, comment.threadId(), comment.id(), comment.version()))
        .isPresent();
  }

  boolean resolve(ThreadView thread) {
    return change(() -> services.resolutions().resolve(dealId, thread.id(), thread.version()))
        .isPresent();
  }

  boolean reopen(ThreadView thread) {
    return change(() -> services.resolutions().reopen(dealId, thread.id(), thread.version()))
        .isPresent();
  }

  boolean requireResolutionBeforeSigning(ThreadView thread, boolean required) {
    return change(
            () ->
                services
                    .resolutions()
                    .requireResolutionBeforeSigning(
                        dealId, thread.id(), required, thread.version()))
        .isPresent();
  }

  /**
   * Makes every open thread the user started one that must be resolved before the deal is signed;
   * returns how many changed.
   */
  Optional<Integer> requireMyOpenThreadsResolvedBeforeSigning() {
    return change(
        () -> {
          int changed = 0;
          ThreadFilter mine = new ThreadFilter(ThreadStatus.OPEN, true, false, null, null);
          for (ThreadView thread : services.queries().list(dealId, mine)) {
            if (thread.createdBy().equals(me) && !thread.mustResolveBeforeSigning()) {
              services
                  .resolutions()
                  .requireResolutionBeforeSigning(dealId, thread.id(), true, thread.version());
              changed++;
            }
          }
          return changed;
        });
  }

  private <T> Optional<T> change(Supplier<T> action) {
    try {
      return Optional.of(action.get());
    } catch (RuntimeException failure) {
      Problems.show(failure);
      return Optional.empty();
    } finally {
      reload.run();
    }
  }
}
