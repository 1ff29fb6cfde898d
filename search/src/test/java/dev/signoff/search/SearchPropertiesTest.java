package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SearchPropertiesTest {

  @Test
  void unsetValuesFallBackToDefaults() {
    SearchProperties properties = SearchProperties.defaults();

    assertThat(properties.directory()).isEqualTo(Path.of("data", "index"));
    assertThat(properties.commitInterval()).isEqualTo(Duration.ofSeconds(30));
    assertThat(properties.maxStaleness()).isEqualTo(Duration.ofSeconds(1));
    assertThat(properties.minStaleness()).isEqualTo(Duration.ofMillis(25));
  }

  @Test
  void rejectsNonPositiveDurations() {
    assertThatThrownBy(() -> new SearchProperties(null, Duration.ZERO, null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("commitInterval must be positive, was PT0S");
  }

  @Test
  void rejectsMinimumStalenessAboveMaximum() {
    assertThatThrownBy(
            () ->
                new SearchProperties(
                    null, null, Duration.ofMillis(10), Duration.ofMillis(20), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minStaleness");
  }
}
