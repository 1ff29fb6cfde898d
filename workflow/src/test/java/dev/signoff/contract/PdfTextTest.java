package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PdfTextTest {

  private static final char PAGE = StructureMarkers.PAGE_BREAK;

  @Test
  void runningHeaderAndNumberedFooterOnMostPagesAreDropped() {
    String extracted =
        page("ACME MSA v2 - Confidential", "1.1 The Vendor shall", "Page 1 of 3")
            + page("ACME MSA v2 - Confidential", "deliver the models.", "Page 2 of 3")
            + page("Schedule 1", "Prices are in EUR.", "3");

    assertThat(PdfText.clean(extracted))
        .isEqualTo("1.1 The Vendor shall\ndeliver the models.\nSchedule 1\nPrices are in EUR.");
  }

  @Test
  void linesThatRecurOnlyOnceOrInsideThePageStay() {
    String extracted =
        page("Harbor & Pine", "1. Scope", "Harbor & Pine", "pays within", "30", "days.", "- 1 -")
            + page("2. Fees", "Fees are fixed.", "Signed: Harbor & Pine", "3");

    assertThat(PdfText.clean(extracted))
        .isEqualTo(
            "Harbor & Pine\n1. Scope\nHarbor & Pine\npays within\n30\ndays.\n"
                + "2. Fees\nFees are fixed.\nSigned: Harbor & Pine");
  }

  @Test
  void wordHyphenatedAtLineEndIsJoinedWhenTheDocumentKnowsTheJoinedWord() {
    String extracted =
        page(
            "This Agreement binds the parties.",
            "The Vendor signs this Agree-",
            "ment, and its self-",
            "hosted models follow sub-",
            "processor rules; each sub-processor signs.",
            "Word­",
            "wrap by soft hyphen.");

    assertThat(PdfText.clean(extracted))
        .isEqualTo(
            "This Agreement binds the parties.\nThe Vendor signs this Agreement,\n"
                + "and its self-hosted\nmodels follow sub-processor\n"
                + "rules; each sub-processor signs.\nWordwrap\nby soft hyphen.");
  }

  @Test
  void hyphenBeforeACapitalOrANumberIsLeftAlone() {
    String extracted = page("Northwind-", "AI Limited and the EU-", "27 states.");

    assertThat(PdfText.clean(extracted))
        .isEqualTo("Northwind-\nAI Limited and the EU-\n27 states.");
  }

  private static String page(String... lines) {
    return PAGE + "\n" + String.join("\n", lines) + "\n\n";
  }
}
