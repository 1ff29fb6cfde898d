package dev.signoff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda engine runs embedded only: its REST API and web apps are not shipped, and their
 * well-known paths answer 404 to everyone, signed in or not, rather than a login page.
 */
@Order(-120)
class EngineEndpointsClosed extends OncePerRequestFilter {

  static final String[] PREFIXES = {"/engine-rest", "/camunda", "/rest/engine", "/api/engine"};

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String prefix : PREFIXES) {
      if (path.equals(prefix) || path.startsWith(prefix + "/")) {
        ProblemResponses.write(
            response, HttpStatus.NOT_FOUND, "Not found", "There is no such endpoint.", null);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
