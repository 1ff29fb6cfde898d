package dev.signoff.comment;

/** What a thread is about: the deal as a whole, one clause, or a text range of a version. */
public enum AnchorKind {
  DEAL,
  CLAUSE,
  RANGE
}
