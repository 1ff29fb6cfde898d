package dev.signoff.inbox;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions that change a deal lock its audit chain first and so wait for each other rather than
 * deadlock (see {@link OpenTasks#openForChange}). A wait can still be lost: H2 gives up after its
 * lock timeout, and a database may pick a deadlock victim among transactions that touch rows
 * outside that order. Such a transaction changed nothing, so it is run again from the start.
 */
final class LockContention {

  private static final Logger log = LoggerFactory.getLogger(LockContention.class);
  static final int ATTEMPTS = 4;

  /** Serialization failure or deadlock (40001, 40P01), lock not available (55P03), H2 timeout. */
  private static final Set<String> LOCK_STATES = Set.of("40001", "40P01", "55P03", "HYT00");

  private LockContention() {}

  /** Whether the failure, or any of its causes, is a lost wait for a database lock. */
  static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PessimisticLockingFailureException
          || cause instanceof PessimisticLockException
          || cause instanceof LockTimeoutException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && LOCK_STATES.contains(sql.getSQLState()))) {
        return true;
      }
      if (cause.getCause() == cause) {
        return false;
      }
    }
    return false;
  }

  /**
   * Runs the work in a new transaction, again when it lost a wait for a lock.
   *
   * @throws TaskProblem 409 when it lost every attempt
   */
  static <T> T retrying(TransactionTemplate transaction, String taskId, Supplier<T> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (RuntimeException e) {
        if (!causedBy(e)) {
          throw e;
        }
        if (attempt >= ATTEMPTS) {
          throw TaskProblem.busy(taskId);
        }
        log.debug(
            "Change of task {} lost a wait for a lock (attempt {}); retrying", taskId, attempt);
      }
    }
  }
}
