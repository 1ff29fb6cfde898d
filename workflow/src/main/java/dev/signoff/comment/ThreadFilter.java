package dev.signoff.comment;

import dev.signoff.identity.Caller;
import java.util.List;
import java.util.Objects;

/**
 * Which threads of a deal to list; every condition given must hold.
 *
 * @param status OPEN or RESOLVED; null for both
 * @param mine only threads the caller started or wrote in
 * @param mentioningMe only threads with a comment that mentions the caller or one of their groups
 * @param checklistSection only threads of this checklist section; null for any
 * @param version only threads anchored to this contract version; null for any
 */
public record ThreadFilter(
    ThreadStatus status,
    boolean mine,
    boolean mentioningMe,
    String checklistSection,
    Integer version) {

  /** Every thread of the deal. */
  public static final ThreadFilter ALL = new ThreadFilter(null, false, false, null, null);

  /** The open threads of the deal. */
  public static final ThreadFilter OPEN =
      new ThreadFilter(ThreadStatus.OPEN, false, false, null, null);

  /** Whether a thread, with its comments, passes the filter for the caller. */
  boolean matches(CommentThread thread, List<ThreadComment> comments, Caller caller) {
    return (status == null || thread.status() == status)
        && (checklistSection == null || checklistSection.equals(thread.checklistSection()))
        && (version == null || Objects.equals(version, thread.anchorVersion()))
        && (!mine
            || thread.createdBy().equals(caller.username())
            || comments.stream().anyMatch(comment -> comment.author().equals(caller.username())))
        && (!mentioningMe || mentions(comments, caller));
  }

  private static boolean mentions(List<ThreadComment> comments, Caller caller) {
    return comments.stream()
        .filter(comment -> !comment.deleted())
        .flatMap(comment -> comment.mentions().stream())
        .anyMatch(
            mention ->
                mention.isGroup()
                    ? caller.isMemberOf(mention.name())
                    : mention.name().equals(caller.username()));
  }
}
