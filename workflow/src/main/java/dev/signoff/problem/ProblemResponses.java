package dev.signoff.problem;

import dev.signoff.audit.RequestDenialLog;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns failures of the REST API into RFC 9457 problem responses (application/problem+json). */
@RestControllerAdvice(basePackages = "dev.signoff")
class ProblemResponses extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  private final RequestDenialLog denials;

  ProblemResponses(RequestDenialLog denials) {
    this.denials = denials;
  }

  @ExceptionHandler(SignoffProblem.class)
  ProblemDetail signoffProblem(SignoffProblem problem) {
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(problem.status(), problem.detail());
    detail.setTitle(problem.title());
    return detail;
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException exception) {
    String violations =
        exception.getConstraintViolations().stream()
            .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, violations);
    detail.setTitle("Invalid input");
    return detail;
  }

  /** A role check of a service refused the call; the refusal joins the log of refused requests. */
  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException exception, HttpServletRequest request) {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    denials.record(
        caller == null ? null : caller.getName(),
        request.getMethod(),
        request.getRequestURI(),
        HttpStatus.FORBIDDEN.value(),
        "roles do not allow this action",
        request.getRemoteAddr());
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.FORBIDDEN, "Your roles do not allow this action.");
    detail.setTitle("Forbidden");
    return detail;
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrentChange(OptimisticLockingFailureException exception) {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.CONFLICT,
            "Someone else changed this at the same moment. Reload and try again.");
    detail.setTitle("Conflict");
    return detail;
  }

  /**
   * The database could not be reached (restarting, connection lost, pool exhausted): 503 with
   * {@code Retry-After}, since the same request may well succeed in a few seconds. Any other
   * failure of these kinds is left to the next handler (rethrown unchanged).
   */
  @ExceptionHandler({
    DataAccessException.class,
    TransactionException.class,
    PersistenceException.class,
    ProcessEngineException.class,
    SQLException.class
  })
  ResponseEntity<ProblemDetail> databaseUnavailable(Exception exception) throws Exception {
    if (!DatabaseUnavailable.causedBy(exception)) {
      throw exception;
    }
    log.warn("Database unavailable: {}", exception.toString());
    return serviceUnavailable();
  }

  /** The answer to a request that found the database unreachable. */
  static ResponseEntity<ProblemDetail> serviceUnavailable() {
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE, DatabaseUnavailable.DETAIL);
    detail.setTitle("Service unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(detail);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegalArgument(IllegalArgumentException exception) {
    log.debug("Rejected request: {}", exception.getMessage());
    ProblemDetail detail =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, exception.getMessage());
    detail.setTitle("Invalid input");
    return detail;
  }
}
