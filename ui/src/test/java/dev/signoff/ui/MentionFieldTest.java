package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MentionFieldTest {

  @ParameterizedTest(name = "[{0}] with the caret at {1}: @ at {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "@le|3|0",
        "Agreed. @le|11|8",
        "Agreed. @legal please|11|8",
        "@|1|0",
        "ask @security-pri|17|4",
        "(@eng|5|1",
        "mail to a@b|11|-1",
        "@legal done|11|-1",
        "no mention here|4|-1",
        "x@y|3|-1",
        "@le|0|-1"
      })
  void findsTheMentionBeingTypedBeforeTheCaret(String text, int caret, int expected) {
    assertThat(MentionField.mentionStartBefore(text, caret)).isEqualTo(expected);
  }
}
