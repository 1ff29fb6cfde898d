package dev.signoff.precedent;

import java.time.Instant;

/**
 * How far the latest rebuild of the precedent index has come.
 *
 * @param state IDLE before the first rebuild, then RUNNING, DONE or FAILED
 * @param done deals indexed so far
 * @param total closed deals to index
 * @param started when the rebuild started, null before the first one
 * @param finished when it ended, null while running
 * @param error why it failed, null otherwise
 */
public record RebuildProgress(
    State state, int done, int total, Instant started, Instant finished, String error) {

  /** Where a rebuild stands. */
  public enum State {
    IDLE,
    RUNNING,
    DONE,
    FAILED
  }

  static RebuildProgress idle() {
    return new RebuildProgress(State.IDLE, 0, 0, null, null, null);
  }

  /** True while a rebuild is running. */
  public boolean running() {
    return state == State.RUNNING;
  }
}
