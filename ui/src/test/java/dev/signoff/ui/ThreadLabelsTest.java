package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.comment.AnchorKind;
import dev.signoff.comment.NotificationKind;
import dev.signoff.comment.ThreadAnchor;
import org.junit.jupiter.api.Test;

class ThreadLabelsTest {

  @Test
  void namesWhatAThreadIsAbout() {
    assertThat(ThreadLabels.anchor(anchor(AnchorKind.DEAL, null, null))).isEqualTo("Whole deal");
    assertThat(ThreadLabels.anchor(anchor(AnchorKind.CLAUSE, "7.2 Change management", "7.2 ...")))
        .isEqualTo("7.2 Change management");
    assertThat(ThreadLabels.anchor(anchor(AnchorKind.CLAUSE, "preamble", "This agreement")))
        .isEqualTo("Preamble");
    assertThat(
            ThreadLabels.anchor(
                anchor(AnchorKind.RANGE, "2 Liability", "twelve months\n  of fees")))
        .isEqualTo("“twelve months of fees” in 2 Liability");
  }

  @Test
  void shortensLongQuotes() {
    String quote = "word ".repeat(40);

    String shown = ThreadLabels.shortQuote(quote);

    assertThat(shown).hasSize(81).endsWith("…");
  }

  @Test
  void saysWhoDidWhat() {
    assertThat(ThreadLabels.notification(NotificationKind.MENTION, "security"))
        .isEqualTo("security mentioned you");
    assertThat(ThreadLabels.notification(NotificationKind.RESOLVED, "legal"))
        .isEqualTo("legal resolved a thread");
  }

  private static ThreadAnchor anchor(AnchorKind kind, String label, String quote) {
    return new ThreadAnchor(
        kind,
        kind == AnchorKind.DEAL ? null : 1,
        kind == AnchorKind.DEAL ? null : 1,
        null,
        null,
        label,
        null,
        null,
        quote,
        false,
        null);
  }
}
