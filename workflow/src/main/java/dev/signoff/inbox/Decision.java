package dev.signoff.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision on a task.
 *
 * @param outcome approve or reject
 * @param comment why; required when rejecting
 */
public record Decision(@NotNull Outcome outcome, @Size(max = 4000) String comment) {

  public Decision {
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }
}
