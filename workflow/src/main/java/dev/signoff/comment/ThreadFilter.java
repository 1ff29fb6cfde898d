package dev.signoff.comment;

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
}
