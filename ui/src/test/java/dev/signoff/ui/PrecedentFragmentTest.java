package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrecedentFragmentTest {

  @Test
  void escapedTextWithMarksIsShownAsItIs() {
    String fragment = "Notify within <mark>72</mark> hours &amp; keep &lt;logs&gt;";

    assertThat(PrecedentFragment.safeHtml(fragment)).isEqualTo(fragment);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<mark onclick=\"x\">72</mark>",
        "<img src=x onerror=alert(1)>",
        "<mark>72",
        "72</mark>",
        "<mark><mark>72</mark></mark>"
      })
  void anyOtherMarkupIsShownAsText(String fragment) {
    String shown = PrecedentFragment.safeHtml(fragment);

    assertThat(shown).doesNotContain("<").doesNotContain(">");
    assertThat(PrecedentFragment.of(fragment).getInnerHtml()).doesNotContain("<script", "<img");
  }
}
