package dev.signoff.search;

/** The order of precedent hits. */
public enum PrecedentSort {
  /** Best match first; equally good matches newest first. */
  RELEVANCE,
  /** Most recently decided first. */
  NEWEST,
  /** Earliest decided first. */
  OLDEST
}
