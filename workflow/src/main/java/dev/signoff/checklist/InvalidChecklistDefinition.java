package dev.signoff.checklist;

import java.util.List;
import java.util.stream.Collectors;

/** Checklist definitions that cannot be used; the server does not start with them. */
class InvalidChecklistDefinition extends IllegalStateException {

  private final List<String> problems;

  /**
   * @param summary what is wrong as a whole, e.g. "Invalid checklist definitions"
   * @param problems each problem, naming where it is
   */
  InvalidChecklistDefinition(String summary, List<String> problems) {
    super(
        summary
            + ":\n"
            + problems.stream().map(problem -> "  - " + problem).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  List<String> problems() {
    return problems;
  }
}
