package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  private final AtomicInteger checks = new AtomicInteger();
  private final AtomicReference<String> issuer = new AtomicReference<>("http://127.0.0.1:8080");
  private Instant expiresAt = NOW.plus(Duration.ofHours(1));

  /** A decoder that accepts tokens named "good..." and counts how often it is asked. */
  private final JwtDecoder checking =
      token -> {
        checks.incrementAndGet();
        if (!token.startsWith("good")) {
          throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "RS256")
            .subject("legal")
            .issuedAt(NOW.minusSeconds(10))
            .expiresAt(expiresAt)
            .build();
      };

  private VerifiedTokens tokensAt(Instant now) {
    return new VerifiedTokens(checking, issuer::get, Clock.fixed(now, ZoneOffset.UTC));
  }

  @Test
  void anAcceptedTokenIsCheckedOnceUntilItExpires() {
    VerifiedTokens tokens = tokensAt(NOW);

    Jwt first = tokens.decode("good-1");
    Jwt again = tokens.decode("good-1");

    assertThat(again).isSameAs(first);
    assertThat(checks).hasValue(1);
  }

  @Test
  void aTokenIsServedFromMemoryOnlyUntilItExpires() {
    expiresAt = NOW.plusSeconds(30);
    AtomicReference<Instant> now = new AtomicReference<>(NOW);
    VerifiedTokens tokens = new VerifiedTokens(checking, issuer::get, new MovingClock(now));
    tokens.decode("good-1");
    tokens.decode("good-1");
    assertThat(checks).hasValue(1);

    now.set(NOW.plusSeconds(30));
    tokens.decode("good-1");
    tokens.decode("good-1");

    // The fake decoder ignores time; the real one refuses an expired token. Either way an expired
    // token is never answered from memory, nor remembered again.
    assertThat(checks).hasValue(3);
  }

  @Test
  void aTokenPresentedOnAnotherAddressIsCheckedAgain() {
    VerifiedTokens tokens = tokensAt(NOW);
    tokens.decode("good-1");

    issuer.set("http://signoff.example.com");
    tokens.decode("good-1");

    assertThat(checks).hasValue(2);
  }

  @Test
  void aRefusedTokenIsNeverRemembered() {
    VerifiedTokens tokens = tokensAt(NOW);

    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

    assertThat(checks).hasValue(2);
  }

  @Test
  void aFullMemoryDropsWhatExpiredOrStartsOver() {
    VerifiedTokens tokens = tokensAt(NOW);
    for (int i = 0; i < VerifiedTokens.CAPACITY + 10; i++) {
      tokens.decode("good-" + i);
    }
    checks.set(0);

    tokens.decode("good-" + (VerifiedTokens.CAPACITY + 9));

    assertThat(checks).hasValue(0);
  }

  /** A clock the test sets. */
  private static final class MovingClock extends Clock {

    private final AtomicReference<Instant> now;

    MovingClock(AtomicReference<Instant> now) {
      this.now = now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  }
}
