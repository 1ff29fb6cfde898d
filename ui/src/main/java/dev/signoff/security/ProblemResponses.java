package dev.signoff.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** RFC 9457 problem bodies for requests that security turned away before any controller ran. */
final class ProblemResponses {

  private ProblemResponses() {}

  static void unauthorized(
      HttpServletRequest request, HttpServletResponse response, Exception cause)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Bearer");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Unauthorized",
        "Send a valid bearer token (Authorization: Bearer <token>) from the configured identity provider.");
  }

  static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause)
      throws IOException {
    write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your roles do not allow this action.");
  }

  private static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}"
                .formatted(title, status.value(), detail));
  }
}
