package dev.signoff.inbox;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A decision on a task.
 *
 * @param outcome approve, approve with conditions, request changes or reject
 * @param comment why; required when requesting changes or rejecting
 * @param conditions the conditions of an approval with conditions
 * @param confirmations the three statements of the pre-signoff review (only there)
 */
public record Decision(
    @NotNull Outcome outcome,
    @Size(max = 4000) String comment,
    @Size(max = 20) List<@Size(max = 1000) String> conditions,
    Confirmations confirmations) {

  public Decision {
    comment = comment == null || comment.isBlank() ? null : comment.strip();
    conditions =
        conditions == null
            ? List.of()
            : conditions.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(condition -> !condition.isEmpty())
                .toList();
  }

  /** A decision without conditions or confirmations. */
  public Decision(Outcome outcome, String comment) {
    this(outcome, comment, List.of(), null);
  }
}
