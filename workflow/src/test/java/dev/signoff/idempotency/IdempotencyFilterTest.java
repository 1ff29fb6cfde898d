package dev.signoff.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotencyFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "7f8e1c4a-7f4b-4a7c-9a57-1f4f0c1c2b3d", "x:y/z=+!~\"'"})
  void keysOfVisibleAsciiAreValid(String key) {
    assertThat(IdempotencyFilter.isValidKey(key)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "with space", "tab\t", "nul\u0000", "é", "del\u007f"})
  void emptyKeysAndKeysWithSpacesOrControlsAreInvalid(String key) {
    assertThat(IdempotencyFilter.isValidKey(key)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256})
  void keysAreAtMost255Characters(int length) {
    assertThat(IdempotencyFilter.isValidKey("k".repeat(length))).isEqualTo(length <= 255);
  }
}
