package dev.signoff.security;

import dev.signoff.audit.RequestDenialLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits logins, token requests and searches per client before any security work is done: a request
 * over the limit gets 429 with {@code Retry-After} and an RFC 9457 problem, and the first refusal
 * of a run is recorded in the denial log.
 */
@Order(-110)
class RateLimitFilter extends OncePerRequestFilter {

  private final TokenBuckets login;
  private final TokenBuckets token;
  private final TokenBuckets search;
  private final RequestDenialLog denials;

  RateLimitFilter(RateLimitProperties limits, Clock clock, RequestDenialLog denials) {
    this.login = new TokenBuckets(limits.login(), clock);
    this.token = new TokenBuckets(limits.token(), clock);
    this.search = new TokenBuckets(limits.search(), clock);
    this.denials = denials;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String address = request.getRemoteAddr();
    TokenBuckets buckets;
    String key;
    String what;
    if (isLogin(request, path)) {
      buckets = login;
      key = address;
      what = "logins";
    } else if (path.startsWith("/oauth2/token")
        || path.startsWith("/oauth2/introspect")
        || path.startsWith("/oauth2/revoke")) {
      buckets = token;
      key = address;
      what = "token requests";
    } else if (path.equals("/api/precedents") || path.startsWith("/api/precedents/")) {
      buckets = search;
      String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
      key = authorization == null ? address : "credential:" + sha256(authorization);
      what = "searches";
    } else {
      chain.doFilter(request, response);
      return;
    }
    TokenBuckets.Verdict verdict = buckets.take(key);
    if (verdict.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (verdict.retryAfter().toMillis() + 999) / 1000);
    if (verdict.firstRefusal()) {
      denials.record("anonymous", request.getMethod(), path, 429, "rate limit of " + what, address);
    }
    ProblemResponses.write(
        response,
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many requests",
        "Too many " + what + " from this client. Try again in " + seconds + " seconds.",
        headers -> headers.accept(HttpHeaders.RETRY_AFTER, Long.toString(seconds)));
  }

  private static boolean isLogin(HttpServletRequest request, String path) {
    return ("POST".equals(request.getMethod()) && path.equals("/login"))
        || path.startsWith("/oauth2/authorization/")
        || path.startsWith("/login/oauth2/code/");
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
