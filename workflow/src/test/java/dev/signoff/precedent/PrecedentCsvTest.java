package dev.signoff.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.ClauseHit;
import dev.signoff.search.HitTerm;
import dev.signoff.search.PrecedentHit;
import dev.signoff.search.terms.TermField;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrecedentCsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"})
  void cellsASpreadsheetWouldRunStartWithAnApostrophe(String formula) {
    assertThat(PrecedentCsv.cell(formula)).contains("'" + formula.charAt(0));
    assertThat(PrecedentCsv.cell(formula).replace("\"", "")).startsWith("'");
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
    assertThat(PrecedentCsv.cell("plain")).isEqualTo("plain");
    assertThat(PrecedentCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(PrecedentCsv.cell("say \"cap\"")).isEqualTo("\"say \"\"cap\"\"\"");
    assertThat(PrecedentCsv.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
    assertThat(PrecedentCsv.cell("=HYPERLINK(\"x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    assertThat(PrecedentCsv.cell(null)).isEmpty();
  }

  @Test
  void aClauseHitBecomesOneRowWithItsTermsInTheirColumns() throws Exception {
    StringWriter out = new StringWriter();
    PrecedentCsv csv = new PrecedentCsv(out);
    csv.header();
    csv.row(
        new PrecedentHit(
            "d1",
            "Support, summaries",
            "Northwind AI",
            List.of("Compact 2"),
            "VENDOR_SAAS",
            "LOW",
            "SIGNED",
            Instant.parse("2025-03-01T10:00:00Z"),
            1f,
            new ClauseHit(
                3,
                "7.3",
                "Breach notification",
                List.of("BREACH_NOTIFICATION"),
                "security-privacy",
                "APPROVED",
                "7.3 Breach notification within 48 hours.",
                List.of(new HitTerm(TermField.BREACH_NOTIFICATION_HOURS, "48 HOURS", "48 hours"))),
            List.of("Breach notification within <mark>48</mark> hours &amp; more")));

    String[] lines = out.toString().split("\r\n");
    assertThat(lines).hasSize(2);
    assertThat(lines[0]).startsWith("deal id,deal,vendor,outcome,risk tier,decided,clause");
    assertThat(lines[0]).contains("BREACH_NOTIFICATION_HOURS").doesNotContain("TRAINING_USE");
    assertThat(lines[1])
        .startsWith("d1,\"Support, summaries\",Northwind AI,SIGNED,LOW,2025-03-01T10:00:00Z,")
        .contains("7.3 Breach notification,BREACH_NOTIFICATION,security-privacy,APPROVED")
        .contains(",48 HOURS,")
        .endsWith("Breach notification within 48 hours & more");
  }
}
