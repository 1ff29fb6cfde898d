package dev.signoff.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "tab\tline\nreturn\r",
        "x'; DROP TABLE deal; --",
        "${7*7} #{7*7}",
        "invoice\u202Egpj.exe",
        "zero\u200Bwidth\uFEFF",
        "\uD83D\uDE00 astral",
        "Grüße, 你好, مرحبا"
      })
  void textIsTakenAsItIs(String text) {
    assertThat(SafeText.isSafe(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\u0000b",
        "bell\u0007",
        "\u001b[31m",
        "del\u007f",
        "c1\u0085",
        "high\uD800",
        "\uDC00low",
        "\uD800\uD800",
        "\uFFFF",
        "\uFFFE",
        "\uFDD0",
        "\uD83F\uDFFF"
      })
  void whatIsNotTextIsRefused(String text) {
    assertThat(SafeText.isSafe(text)).isFalse();
    assertThatThrownBy(() -> SafeText.require(text, "The note"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The note contains a character that is not text");
  }
}
