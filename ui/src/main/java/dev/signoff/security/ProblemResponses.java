package dev.signoff.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/** RFC 9457 problem bodies for requests that security turned away before any controller ran. */
final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  static void unauthorized(HttpServletResponse response, String error) throws IOException {
    response.setHeader(
        "WWW-Authenticate", error == null ? "Bearer" : "Bearer error=\"invalid_token\"");
    write(
        response,
        HttpStatus.UNAUTHORIZED,
        "Unauthorized",
        "Send a valid bearer token (Authorization: Bearer <token>): a personal API token or an"
            + " access token of the configured identity provider.",
        null);
  }

  static void forbidden(HttpServletResponse response, String detail) throws IOException {
    write(response, HttpStatus.FORBIDDEN, "Forbidden", detail, null);
  }

  static void write(
      HttpServletResponse response,
      HttpStatus status,
      String title,
      String detail,
      Consumer<BiConsumer<String, String>> headers)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    if (headers != null) {
      headers.accept(response::setHeader);
    }
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    response.getWriter().write(JSON.writeValueAsString(body));
  }
}
