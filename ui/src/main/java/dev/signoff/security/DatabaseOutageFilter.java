package dev.signoff.security;

import dev.signoff.problem.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json with {@code Retry-After} when the database could not be reached before a
 * controller ran (looking up a personal token, recording a known user or a refused request), so
 * that such a request never ends as a 500. Sits in front of the security filters; failures inside
 * controllers are answered by the REST API's own problem responses.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (RuntimeException | ServletException | IOException failure) {
      if (!DatabaseUnavailable.causedBy(failure) || response.isCommitted()) {
        throw failure;
      }
      log.warn("Database unavailable for {}: {}", request.getRequestURI(), failure.toString());
      response.reset();
      ProblemResponses.write(
          response,
          HttpStatus.SERVICE_UNAVAILABLE,
          "Service unavailable",
          DatabaseUnavailable.DETAIL,
          headers ->
              headers.accept(
                  "Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS)));
    }
  }
}
