package dev.signoff.security;

import dev.signoff.audit.RequestDenialLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/** Answers refused API calls with a problem and records each one in the denial log. */
final class ApiDenials {

  private final RequestDenialLog denials;
  private final BearerTokenResolver bearer;

  ApiDenials(RequestDenialLog denials, BearerTokenResolver bearer) {
    this.denials = denials;
    this.bearer = bearer;
  }

  void unauthorized(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException cause)
      throws IOException {
    String token = presented(request);
    String reason =
        token == null
            ? "no bearer token"
            : cause == null || cause.getMessage() == null
                ? "invalid bearer token"
                : cause.getMessage();
    record(request, "anonymous", 401, reason);
    ProblemResponses.unauthorized(response, token == null ? null : "invalid_token");
  }

  void forbidden(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException cause)
      throws IOException {
    Authentication caller = SecurityContextHolder.getContext().getAuthentication();
    String actor = caller == null ? "anonymous" : caller.getName();
    if (caller != null && TokenScopes.readOnlyTokenWriting(caller, request.getMethod())) {
      record(request, actor, 403, "read-only personal token used to write");
      ProblemResponses.forbidden(
          response, "This API token has the read scope: it may read, not change anything.");
      return;
    }
    record(request, actor, 403, "roles do not allow this action");
    ProblemResponses.forbidden(response, "Your roles do not allow this action.");
  }

  private String presented(HttpServletRequest request) {
    try {
      return bearer.resolve(request);
    } catch (RuntimeException malformed) {
      return "malformed";
    }
  }

  private void record(HttpServletRequest request, String actor, int status, String reason) {
    denials.record(
        actor,
        request.getMethod(),
        request.getRequestURI(),
        status,
        reason,
        request.getRemoteAddr());
  }
}
