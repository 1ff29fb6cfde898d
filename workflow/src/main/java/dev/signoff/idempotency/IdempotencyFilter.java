package dev.signoff.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Applies the {@code Idempotency-Key} header of a POST under {@code /api/}, after security has
 * established the caller.
 *
 * <p>The protocol, claim then complete: the caller's key is claimed by inserting a row (committed
 * at once; the primary key lets only one of two racing requests in). The request then runs. A 2xx
 * answer is stored in the row for replay; any other answer (a 4xx refusal, which changes nothing,
 * or a 5xx failure) deletes the claim, so the key is not poisoned and a retry runs afresh. A retry
 * of a stored key with the same fingerprint gets the stored answer; with another fingerprint 422;
 * while the first request still runs it waits briefly and then gets 409. If the server dies between
 * the change and storing its answer, the claim stays in progress until it expires: the server
 * cannot tell whether the change was made, so it never runs the request a second time.
 */
class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

  static final String HEADER = "Idempotency-Key";
  static final String REPLAYED_HEADER = "Idempotent-Replayed";
  static final int MAX_KEY_LENGTH = 255;

  /** Headers of a stored answer that a replay repeats. */
  private static final List<String> REPLAYED_HEADERS =
      List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION, HttpHeaders.ETAG);

  private static final Duration POLL = Duration.ofMillis(100);
  private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdempotentRequests requests;
  private final ChangeMarker changes;
  private final IdempotencyProperties properties;
  private final Clock clock;

  IdempotencyFilter(
      IdempotentRequests requests,
      ChangeMarker changes,
      IdempotencyProperties properties,
      Clock clock) {
    this.requests = requests;
    this.changes = changes;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return SecurityProperties.DEFAULT_FILTER_ORDER + 10;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !path.startsWith("/api/")
        || request.getHeader(HEADER) == null;
  }

  /** Whether a key has 1 to 255 visible ASCII characters (no spaces, no control characters). */
  static boolean isValidKey(String key) {
    if (key == null || key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
      return false;
    }
    return key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> keys = Collections.list(request.getHeaders(HEADER));
    if (keys.size() != 1 || !isValidKey(keys.get(0))) {
      problem(
          response,
          HttpStatus.BAD_REQUEST,
          "Invalid idempotency key",
          "Send one Idempotency-Key header of 1 to "
              + MAX_KEY_LENGTH
              + " visible ASCII characters, e.g. a UUID.");
      return;
    }
    String key = keys.get(0);
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication.getName() == null) {
      chain.doFilter(request, response); // security answers it
      return;
    }
    String caller = authentication.getName();
    RequestFingerprint fingerprint;
    try {
      fingerprint = RequestFingerprint.of(request, properties.maxBodySize().toBytes());
    } catch (RequestFingerprint.BodyTooLarge tooLarge) {
      problem(
          response,
          HttpStatus.PAYLOAD_TOO_LARGE,
          "Request too large",
          "A request body with an Idempotency-Key may have at most "
              + properties.maxBodySize().toBytes()
              + " bytes.");
      return;
    } catch (RequestFingerprint.Unreadable unreadable) {
      // An upload the server cannot parse changes nothing: it fails the same way without the key.
      chain.doFilter(request, response);
      return;
    }
    Instant waitUntil = clock.instant().plus(properties.inProgressWait());
    while (true) {
      Optional<UUID> claim =
          requests.claim(
              caller,
              key,
              fingerprint.method(),
              fingerprint.path(),
              fingerprint.hash(),
              clock.instant().plus(properties.retention()));
      if (claim.isPresent()) {
        run(fingerprint.request(), response, chain, caller, key, claim.get());
        return;
      }
      Optional<IdempotentRequests.Stored> stored = requests.find(caller, key);
      if (stored.isEmpty()) {
        continue; // released or expired meanwhile: claim it again
      }
      IdempotentRequests.Stored first = stored.get();
      if (!first.method().equals(fingerprint.method())
          || !first.path().equals(fingerprint.path())
          || !first.requestHash().equals(fingerprint.hash())) {
        problem(
            response,
            HttpStatus.UNPROCESSABLE_ENTITY,
            "Idempotency key reused",
            "This Idempotency-Key was used for a different request ("
                + first.method()
                + " "
                + first.path()
                + " with another body). Use a new key for a new request.");
        return;
      }
      if (first.completed()) {
        replay(first, response);
        return;
      }
      if (first.claimedAt().plus(properties.abandonedAfter()).isBefore(clock.instant())) {
        // The first attempt was interrupted (its server stopped before it answered).
        if (first.changed()) {
          problem(
              response,
              HttpStatus.CONFLICT,
              "Request carried out, answer lost",
              "The first request with this Idempotency-Key, claimed at "
                  + first.claimedAt()
                  + ", took effect, but its server stopped before it could answer, so its answer"
                  + " cannot be repeated. Read the resource to see the result; do not send the"
                  + " request again with a new key.");
          return;
        }
        UUID claimId = UUID.randomUUID();
        if (requests.takeOver(caller, key, first.claimId(), claimId)) {
          log.info(
              "Idempotency key {} of {}: the attempt claimed at {} changed nothing and did not"
                  + " finish; running the request again",
              key,
              caller,
              first.claimedAt());
          run(fingerprint.request(), response, chain, caller, key, claimId);
          return;
        }
        continue; // another retry took it over: wait for that one
      }
      if (clock.instant().isAfter(waitUntil)) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        problem(
            response,
            HttpStatus.CONFLICT,
            "Request in progress",
            "A request with this Idempotency-Key, claimed at "
                + first.claimedAt()
                + ", has not finished. Retry later to get its answer. If its server stopped, a"
                + " retry from "
                + first.claimedAt().plus(properties.abandonedAfter())
                + " on runs it again when it changed nothing, or says that it did.");
        return;
      }
      sleep();
    }
  }

  private void run(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      String caller,
      String key,
      UUID claimId)
      throws ServletException, IOException {
    ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
    boolean succeeded = false;
    changes.serving(new ChangeMarker.Claim(caller, key, claimId));
    try {
      chain.doFilter(request, recorded);
      succeeded = HttpStatus.valueOf(recorded.getStatus()).is2xxSuccessful();
    } finally {
      changes.done();
      if (succeeded) {
        store(recorded, caller, key, claimId);
      } else {
        release(caller, key, claimId);
      }
      recorded.copyBodyToResponse();
    }
  }

  /**
   * Stores a successful answer. If that fails, the claim stays in progress (the change was made),
   * and the caller still gets the answer now.
   */
  private void store(
      ContentCachingResponseWrapper recorded, String caller, String key, UUID claimId) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : REPLAYED_HEADERS) {
      String value =
          name.equals(HttpHeaders.CONTENT_TYPE)
              ? recorded.getContentType()
              : recorded.getHeader(name);
      if (value != null) {
        headers.put(name, value);
      }
    }
    try {
      requests.complete(
          caller,
          key,
          claimId,
          recorded.getStatus(),
          JSON.writeValueAsString(headers),
          recorded.getContentAsByteArray());
    } catch (JsonProcessingException | RuntimeException e) {
      log.warn("Could not store the answer of idempotency key {} of {}: {}", key, caller, e);
    }
  }

  private void release(String caller, String key, UUID claimId) {
    try {
      requests.release(caller, key, claimId);
    } catch (RuntimeException e) {
      log.warn("Could not release idempotency key {} of {}: {}", key, caller, e.toString());
    }
  }

  private static void replay(IdempotentRequests.Stored first, HttpServletResponse response)
      throws IOException {
    response.setStatus(first.status());
    Map<String, String> headers =
        first.headers() == null
            ? Map.of()
            : JSON.readValue(first.headers(), new TypeReference<Map<String, String>>() {});
    headers.forEach(response::setHeader);
    response.setHeader(REPLAYED_HEADER, "true");
    byte[] body = first.body() == null ? new byte[0] : first.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static void problem(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status.value());
    body.put("detail", detail);
    response.getOutputStream().write(JSON.writeValueAsBytes(body));
  }

  private static void sleep() throws IOException {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for the first request of a key", e);
    }
  }
}
