package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A database outage in a filter before the API (token lookup, say) is a 503 problem, not a 500. */
class DatabaseOutageFilterTest {

  private final DatabaseOutageFilter filter = new DatabaseOutageFilter();

  @Test
  void unreachableDatabaseInALaterFilterIs503ProblemWithRetryAfter() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("GET", "/api/deals"),
        response,
        (request, ignored) -> {
          throw new CannotGetJdbcConnectionException(
              "Failed to obtain JDBC Connection",
              new SQLTransientConnectionException("Connection is not available"));
        });
    assertThat(response.getStatus()).isEqualTo(503);
    assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    assertThat(response.getContentType()).startsWith("application/problem+json");
    assertThat(response.getContentAsString()).contains("\"status\":503");
  }

  @Test
  void otherFailuresPassThroughUnchanged() {
    DataIntegrityViolationException failure = new DataIntegrityViolationException("duplicate");
    assertThatThrownBy(
            () ->
                filter.doFilter(
                    new MockHttpServletRequest("GET", "/api/deals"),
                    new MockHttpServletResponse(),
                    (request, ignored) -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }

  @Test
  void aWrappedOutageFromTheServletIsAlso503() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(
        new MockHttpServletRequest("POST", "/api/deals"),
        response,
        (request, ignored) -> {
          throw new ServletException(
              "Request processing failed",
              new java.sql.SQLException("terminating connection", "57P01"));
        });
    assertThat(response.getStatus()).isEqualTo(503);
  }
}
