package dev.signoff.comment;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a change to threads in its own transaction. When a concurrent change to the same comment or
 * thread commits first (optimistic locking on its version), the change is refused with 409 and
 * nothing of it is stored: the first change stays as it was.
 */
@Component
class Writes {

  private final TransactionTemplate transaction;

  Writes(TransactionTemplate transaction) {
    this.transaction = transaction;
  }

  <T> T run(String what, Supplier<T> change) {
    try {
      return transaction.execute(status -> change.get());
    } catch (ConcurrencyFailureException lost) {
      throw CommentProblem.changedMeanwhile(what);
    }
  }
}
