package dev.signoff.comment;

import dev.signoff.problem.SignoffProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The deal cannot be signed while threads that must be resolved first are open (409). */
public class SigningBlockedByThreads extends SignoffProblem {

  private final List<BlockingThread> threads;

  public SigningBlockedByThreads(List<BlockingThread> threads) {
    super(
        HttpStatus.CONFLICT,
        "Open threads block signing",
        "The deal cannot be signed while "
            + threads.size()
            + (threads.size() == 1 ? " thread that must" : " threads that must")
            + " be resolved first "
            + (threads.size() == 1 ? "is" : "are")
            + " open: "
            + threads.stream()
                .map(
                    thread ->
                        "\""
                            + thread.excerpt()
                            + "\" on "
                            + thread.about()
                            + " (started by "
                            + thread.startedBy()
                            + ")")
                .collect(Collectors.joining("; "))
            + ". Resolve them, or ask their starters to lift the requirement.");
    this.threads = List.copyOf(threads);
  }

  /** The threads that block signing. */
  public List<BlockingThread> threads() {
    return threads;
  }
}
