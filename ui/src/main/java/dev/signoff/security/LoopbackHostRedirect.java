package dev.signoff.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Sends browsers that opened {@code http://localhost:<port>} to {@code http://127.0.0.1:<port>}.
 * The built-in provider accepts only a loopback IP as redirect target (any port, RFC 8252), and
 * session cookies of the two host names are separate, so the UI must live on one of them. API calls
 * and token requests are left alone.
 */
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoopbackHostRedirect extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("localhost".equalsIgnoreCase(request.getServerName())
        && "GET".equals(request.getMethod())
        && isBrowserPage(request.getRequestURI())) {
      String target =
          ServletUriComponentsBuilder.fromRequest(request).host("127.0.0.1").build().toUriString();
      response.sendRedirect(target);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isBrowserPage(String path) {
    return !(path.startsWith("/api/")
        || path.startsWith("/oauth2/")
        || path.startsWith("/v3/")
        || path.startsWith("/.well-known/")
        || path.startsWith("/actuator/")
        || path.equals("/userinfo"));
  }
}
