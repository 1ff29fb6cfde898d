package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionExpiryMessagesTest {

  @Test
  void namesTheIdleTimeInWords() {
    assertThat(SessionExpiryMessages.describe(Duration.ofMinutes(30))).isEqualTo("30 minutes");
    assertThat(SessionExpiryMessages.describe(Duration.ofMinutes(1))).isEqualTo("1 minute");
    assertThat(SessionExpiryMessages.describe(Duration.ofSeconds(90))).isEqualTo("90 seconds");
  }
}
