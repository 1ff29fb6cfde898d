package dev.signoff.checklist;

import dev.signoff.problem.SignoffProblem;
import org.springframework.http.HttpStatus;

/** An approval refused because required checklist items are unanswered or not satisfied. */
public class ChecklistIncomplete extends SignoffProblem {

  public ChecklistIncomplete(String detail) {
    super(HttpStatus.UNPROCESSABLE_ENTITY, "Checklist incomplete", detail);
  }
}
