package dev.signoff.problem;

import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.signoff.audit.RequestDenialLog;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Which failures the REST API answers 503 with {@code Retry-After} (the database is unreachable:
 * retrying shortly may succeed) and which it leaves to the other handlers, resolved by Spring MVC
 * as in the running server.
 */
class ProblemResponsesTest {

  /** A controller that fails with whatever the test hands it. */
  @RestController
  static class FailingController {
    Supplier<RuntimeException> failure;

    @GetMapping("/fail")
    String fail() {
      throw failure.get();
    }
  }

  private final FailingController controller = new FailingController();
  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(controller)
          .setControllerAdvice(new ProblemResponses(mock(RequestDenialLog.class)))
          .build();

  static Stream<Arguments> databaseUnreachable() {
    SQLException terminated =
        new SQLException("FATAL: terminating connection due to administrator command", "57P01");
    SQLException ioError =
        new PSQLException(
            "An I/O error occurred while sending to the backend.",
            PSQLState.CONNECTION_FAILURE,
            new IOException("Connection reset"));
    return Stream.of(
        Arguments.of(
            "no connection for a transaction",
            (Supplier<RuntimeException>)
                () ->
                    new CannotCreateTransactionException(
                        "Could not open JPA EntityManager for transaction",
                        new JDBCConnectionException("Unable to acquire JDBC Connection", null))),
        Arguments.of(
            "pool timed out",
            (Supplier<RuntimeException>)
                () ->
                    new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException(
                            "HikariPool-1 - Connection is not available, request timed out after"
                                + " 3000ms"))),
        Arguments.of(
            "resource failure",
            (Supplier<RuntimeException>)
                () -> new DataAccessResourceFailureException("connection refused")),
        Arguments.of(
            "hibernate lost the connection",
            (Supplier<RuntimeException>)
                () -> new JDBCConnectionException("could not execute statement", ioError)),
        Arguments.of(
            "engine command on a terminated backend",
            (Supplier<RuntimeException>)
                () ->
                    new ProcessEngineException(
                        "Process engine persistence exception",
                        new org.apache.ibatis.exceptions.PersistenceException(
                            "Error querying database", terminated))),
        Arguments.of(
            "commit failed on a reset connection",
            (Supplier<RuntimeException>)
                () ->
                    new TransactionSystemException(
                        "Could not commit JPA transaction",
                        new JpaSystemException(new RuntimeException("commit", ioError)))),
        Arguments.of(
            "rollback failed on the connection the pool had closed",
            (Supplier<RuntimeException>)
                () ->
                    new JpaSystemException(
                        new org.hibernate.TransactionException(
                            "Unable to rollback against JDBC Connection",
                            new SQLException("Connection is closed")))),
        Arguments.of(
            "refused connection under the driver",
            (Supplier<RuntimeException>)
                () ->
                    new ProcessEngineException(
                        "Could not open connection",
                        new PSQLException(
                            "Connection to 127.0.0.1:5432 refused.",
                            PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                            new ConnectException("Connection refused")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void databaseUnreachable(String what, Supplier<RuntimeException> failure) throws Exception {
    controller.failure = failure;
    mvc.perform(get("/fail"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("Retry-After", "5"))
        .andExpect(jsonPath("$.status").value(503))
        .andExpect(jsonPath("$.title").value("Service unavailable"));
  }

  @Test
  void optimisticLockingStaysAConflict() throws Exception {
    controller.failure = () -> new OptimisticLockingFailureException("changed meanwhile");
    mvc.perform(get("/fail")).andExpect(status().isConflict());
  }

  @Test
  void failuresThatAreNotAboutTheConnectionAreNotTurnedInto503() {
    for (Supplier<RuntimeException> failure :
        java.util.List.<Supplier<RuntimeException>>of(
            () -> new DataIntegrityViolationException("duplicate key"),
            () -> new CannotAcquireLockException("deadlock detected"),
            () -> new ProcessEngineException("Cannot find task with id 42"),
            () -> new OptimisticLockingException("task changed meanwhile"),
            () ->
                new TransactionSystemException(
                    "Could not commit", new SQLException("serialization failure", "40001")))) {
      controller.failure = failure;
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(get("/fail")))
          .as(failure.get().toString())
          .hasCauseExactlyInstanceOf(failure.get().getClass())
          .satisfies(
              thrown ->
                  org.assertj.core.api.Assertions.assertThat(DatabaseUnavailable.causedBy(thrown))
                      .isFalse());
    }
  }
}
