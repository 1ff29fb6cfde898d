package dev.signoff.search;

/** What one hit of a precedent search is. */
public enum Granularity {
  /** A clause of a past deal, with its deal's facets and its extracted terms. */
  CLAUSE,
  /** A past deal as a whole. */
  DEAL
}
