package dev.signoff.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;

/** Which failures count as a lost wait for a lock (and are retried), and which do not. */
class LockContentionTest {

  @Test
  void deadlockAndSerializationFailuresAreLockContention() {
    assertThat(LockContention.causedBy(new RuntimeException(new SQLException("deadlock", "40P01"))))
        .isTrue();
    assertThat(LockContention.causedBy(new SQLException("could not serialize", "40001"))).isTrue();
  }

  /**
   * A connection that broke mid-request gives a driver exception without SQLSTATE: that is no lock
   * contention (and used to fail the check itself, turning a lost connection into a 500).
   */
  @Test
  void anExceptionWithoutSqlStateIsNoLockContention() {
    assertThat(
            LockContention.causedBy(
                new ProcessEnginePersistenceException(
                    "persistence", new SQLException("This connection has been closed."))))
        .isFalse();
  }
}
