package dev.signoff.problem;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Tells whether a failure means the database could not be reached (a restart, a lost connection, a
 * full pool) rather than a fault of the request or of Signoff: such a request may succeed when
 * retried a few seconds later.
 */
public final class DatabaseUnavailable {

  /** Seconds a client is asked to wait before retrying ({@code Retry-After}). */
  public static final int RETRY_AFTER_SECONDS = 5;

  /**
   * What the client is told. A connection lost while a commit was under way leaves its outcome
   * unknown, so it does not promise that nothing changed: a change retried with the same {@code
   * Idempotency-Key} is carried out at most once.
   */
  public static final String DETAIL =
      "The database cannot be reached at the moment. Try again in a few seconds; send a change"
          + " again with the same Idempotency-Key so that it is carried out only once.";

  /**
   * SQLSTATEs of a lost or refused connection: class 08 (connection exception) and PostgreSQL's
   * 57P01 (terminated by an administrator, as at a restart), 57P02 (crash shutdown) and 57P03
   * (cannot connect now, still starting).
   */
  private static final Set<String> OPERATOR_INTERVENTION = Set.of("57P01", "57P02", "57P03");

  private DatabaseUnavailable() {}

  /**
   * Whether the failure or any of its causes says the database is unreachable. Walks the whole
   * chain, since the engine and the persistence layers wrap the driver's exception in their own.
   */
  public static boolean causedBy(Throwable failure) {
    return causedBy(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private static boolean causedBy(Throwable failure, Set<Throwable> seen) {
    for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
      if (isConnectionFailure(cause)) {
        return true;
      }
      // A rollback that failed on the broken connection replaces the original failure; Spring
      // keeps that one as the application exception or a suppressed one.
      if (cause instanceof TransactionSystemException transaction
          && transaction.getApplicationException() != null
          && causedBy(transaction.getApplicationException(), seen)) {
        return true;
      }
      for (Throwable suppressed : cause.getSuppressed()) {
        if (causedBy(suppressed, seen)) {
          return true;
        }
      }
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql.getNextException();
            next != null && seen.add(next);
            next = next.getNextException()) {
          if (isConnectionFailure(next)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isConnectionFailure(Throwable cause) {
    if (cause instanceof CannotCreateTransactionException
        || cause instanceof DataAccessResourceFailureException
        || cause instanceof SQLTransientConnectionException
        || cause instanceof SQLNonTransientConnectionException
        || cause instanceof JDBCConnectionException
        // Begin, commit or rollback failed on the connection itself (e.g. "Unable to rollback
        // against JDBC Connection" once the pool closed it after a reset).
        || cause instanceof org.hibernate.TransactionException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      return state.startsWith("08") || OPERATOR_INTERVENTION.contains(state);
    }
    return false;
  }
}
