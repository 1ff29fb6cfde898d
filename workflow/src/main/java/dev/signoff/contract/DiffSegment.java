package dev.signoff.contract;

/**
 * A run of a clause's text in a redline: kept, inserted or deleted. Whitespace and punctuation are
 * kept as written, so the segments of a clause joined together read as the text.
 *
 * @param kind whether the run is in both versions, only the new one or only the old one
 * @param text the run as written (in the new version for kept runs)
 */
public record DiffSegment(Kind kind, String text) {

  /** Whether a run is kept, inserted or deleted. */
  public enum Kind {
    EQUAL,
    INSERTED,
    DELETED
  }
}
