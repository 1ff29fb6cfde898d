package dev.signoff.deal;

import dev.signoff.problem.SignoffProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/**
 * The deal does not exist or the caller may not see it; both answer the same, so ids do not leak.
 */
public class DealNotFound extends SignoffProblem {

  public DealNotFound(UUID dealId) {
    super(
        HttpStatus.NOT_FOUND,
        "Deal not found",
        "There is no deal " + dealId + " that you can see.");
  }
}
