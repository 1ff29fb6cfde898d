package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.signoff.audit.RequestDenialLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The token buckets in front of logins, token requests and searches. */
class RateLimitFilterTest {

  private final MutableClock clock = new MutableClock();
  private final RequestDenialLog denials = mock(RequestDenialLog.class);
  private final AtomicInteger passed = new AtomicInteger();
  private final RateLimitFilter filter =
      new RateLimitFilter(
          new RateLimitProperties(
              new RateLimitProperties.Limit(2, Duration.ofMinutes(1)),
              new RateLimitProperties.Limit(3, Duration.ofMinutes(1)),
              new RateLimitProperties.Limit(1, Duration.ofSeconds(10))),
          clock,
          denials);

  @Test
  void loginsOverTheLimitGet429WithRetryAfterUntilTheBucketRefills() throws Exception {
    assertThat(send("POST", "/login", "10.0.0.1", null).getStatus()).isEqualTo(200);
    assertThat(send("GET", "/oauth2/authorization/signoff", "10.0.0.1", null).getStatus())
        .isEqualTo(200);
    MockHttpServletResponse limited = send("GET", "/login/oauth2/code/signoff", "10.0.0.1", null);
    assertThat(limited.getStatus()).isEqualTo(429);
    assertThat(limited.getContentType()).startsWith("application/problem+json");
    assertThat(limited.getHeader("Retry-After")).isEqualTo("30");
    assertThat(limited.getContentAsString()).contains("\"status\":429").contains("logins");
    assertThat(passed).hasValue(2);

    // Another address has its own bucket; the GET of the login page itself is not counted.
    assertThat(send("POST", "/login", "10.0.0.2", null).getStatus()).isEqualTo(200);
    assertThat(send("GET", "/login", "10.0.0.1", null).getStatus()).isEqualTo(200);

    clock.advance(Duration.ofSeconds(30));
    assertThat(send("POST", "/login", "10.0.0.1", null).getStatus()).isEqualTo(200);
    assertThat(send("POST", "/login", "10.0.0.1", null).getStatus()).isEqualTo(429);
  }

  @Test
  void tokenRequestsAndSearchesHaveLimitsOfTheirOwnAndOnlyTheFirstRefusalIsRecorded()
      throws Exception {
    for (int i = 0; i < 3; i++) {
      assertThat(send("POST", "/oauth2/token", "10.0.0.3", null).getStatus()).isEqualTo(200);
    }
    assertThat(send("POST", "/oauth2/token", "10.0.0.3", null).getStatus()).isEqualTo(429);
    assertThat(send("POST", "/oauth2/token", "10.0.0.3", null).getStatus()).isEqualTo(429);
    verify(denials, times(1))
        .record(
            eq("anonymous"),
            eq("POST"),
            eq("/oauth2/token"),
            eq(429),
            eq("rate limit of token requests"),
            eq("10.0.0.3"));

    // Searches count per credential: two tokens from one address each get their own bucket.
    assertThat(send("GET", "/api/precedents", "10.0.0.4", "Bearer a").getStatus()).isEqualTo(200);
    assertThat(send("GET", "/api/precedents/similar", "10.0.0.4", "Bearer a").getStatus())
        .isEqualTo(429);
    assertThat(send("GET", "/api/precedents", "10.0.0.4", "Bearer b").getStatus()).isEqualTo(200);
    // Other API calls are not limited here.
    for (int i = 0; i < 5; i++) {
      assertThat(send("GET", "/api/deals", "10.0.0.4", "Bearer a").getStatus()).isEqualTo(200);
    }
    verify(denials, times(1))
        .record(
            anyString(),
            eq("GET"),
            eq("/api/precedents/similar"),
            eq(429),
            anyString(),
            anyString());
  }

  private MockHttpServletResponse send(
      String method, String path, String address, String authorization) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr(address);
    if (authorization != null) {
      request.addHeader("Authorization", authorization);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, (in, out) -> passed.incrementAndGet());
    return response;
  }

  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T10:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
