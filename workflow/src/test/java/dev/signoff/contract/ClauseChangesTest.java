package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClauseChangesTest {

  private static final List<String> LIABILITY = List.of("liability", "cap");
  private static final List<String> SERVICE_LEVELS = List.of("uptime", "availability");

  private static final String CONTRACT =
      """
      # AI Services Agreement

      This Agreement is made between Harbor & Pine Ltd. ("Customer") and Northwind AI \
      Limited ("Vendor").

      ## 7. Service Levels

      7.1 Availability. The Service shall be available 99.9% of each calendar month.

      7.2 Service credits. Availability below 99.9% earns a credit of 5% of the monthly fees.

      ## 8. Liability

      8.1 Cap. Each party's total liability is limited to the fees paid in the 12 months \
      before the claim.

      8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.

      8.3 In no event shall either party be liable for indirect or consequential damages.

      ## 9. Indemnities

      9.1 The Vendor shall indemnify and hold harmless the Customer against third-party claims \
      that the Service infringes intellectual property rights.

      ## 10. Term

      10.1 The initial term is 24 months.
      """;

  private static final String DATA_PROTECTION =
      """
      ## 8. Data Protection

      8.1 Breach notification. The Vendor shall notify breaches within 48 hours, and its \
      liability for them is unlimited.

      """;

  @Test
  void untouchedVersionHasNoChanges() {
    assertThat(changed(List.of("liability", "cap", "indemnif", "availability"), CONTRACT, CONTRACT))
        .isEmpty();
  }

  @Test
  void changedLiabilityClauseIsReportedForLiabilityKeywordsButNotForServiceLevels() {
    String revised = CONTRACT.replace("in the 12 months", "in the 6 months");

    assertThat(changed(LIABILITY, CONTRACT, revised)).containsExactly("8.1 Cap");
    assertThat(changed(SERVICE_LEVELS, CONTRACT, revised)).isEmpty();
  }

  @Test
  void changedCapInDemoContractIsReportedForLiabilityKeywordsButNotForServiceLevels()
      throws IOException {
    String contract =
        Files.readString(Path.of("src/main/resources/demo/lexon-contract-analytics.md"));
    String revised =
        contract.replace("fees paid or payable in the 18 months", "fees paid in the 6 months");

    assertThat(changed(LIABILITY, contract, revised)).containsExactly("12.1 Cap");
    assertThat(changed(SERVICE_LEVELS, contract, revised)).isEmpty();
  }

  @Test
  void whitespaceLineBreakAndQuoteStyleChangesAreNotChanges() {
    String revised =
        CONTRACT
            .replace("Each party's total liability", "Each  party’s total\nliability")
            .replace("(\"Customer\")", "(“Customer”)")
            .replace("third-party claims", "third‑party  claims")
            .replace("## 8. Liability", "##   8.   Liability")
            .replace("\n", "\r\n");

    assertThat(changed(List.of("liability", "cap", "indemnif", "customer"), CONTRACT, revised))
        .isEmpty();
  }

  @Test
  void clauseInsertedBeforeReportsOnlyTheInsertedClauseNotTheRenumberedOnes() {
    String revised = insertDataProtectionBeforeLiability(CONTRACT);

    assertThat(changed(LIABILITY, CONTRACT, revised)).containsExactly("8.1 Breach notification");
    assertThat(changed(List.of("indemnif", "hold harmless"), CONTRACT, revised)).isEmpty();
  }

  @Test
  void renumberedClauseThatWasAlsoEditedIsReportedUnderItsNewNumber() {
    String revised =
        insertDataProtectionBeforeLiability(
            CONTRACT.replace(
                "fraud or wilful misconduct", "fraud, gross negligence or wilful misconduct"));

    assertThat(changed(LIABILITY, CONTRACT, revised))
        .containsExactly("8.1 Breach notification", "9.2 Exclusions");
  }

  @Test
  void renumberedClauseWithoutHeadingThatWasEditedIsPairedByItsWording() {
    String revised =
        insertDataProtectionBeforeLiability(
            CONTRACT.replace("third-party claims", "all third-party claims"));

    assertThat(changed(List.of("indemnif"), CONTRACT, revised)).containsExactly("10.1");
  }

  @Test
  void removedCoveredClauseIsReportedAfterTheChangedOnes() {
    String revised =
        CONTRACT
            .replace(
                "8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.\n\n", "")
            .replace("8.3 In no event", "8.2 In no event")
            .replace("intellectual property rights", "patents or copyright");

    assertThat(changed(List.of("liability", "indemnif"), CONTRACT, revised))
        .containsExactly("9.1", "8.2 Exclusions");
  }

  @Test
  void addedCoveredClauseIsReported() {
    String revised =
        CONTRACT.replace(
            "## 9. Indemnities",
            "8.4 Insurance. The Vendor shall insure its liability under this clause.\n\n"
                + "## 9. Indemnities");

    assertThat(changed(LIABILITY, CONTRACT, revised)).containsExactly("8.4 Insurance");
    assertThat(changed(SERVICE_LEVELS, CONTRACT, revised)).isEmpty();
  }

  @Test
  void clauseThatNoLongerMentionsTheKeywordIsStillReported() {
    String revised =
        CONTRACT.replace("99.9% of each calendar month", "99.5% of each calendar quarter");

    assertThat(changed(List.of("calendar month"), CONTRACT, revised))
        .containsExactly("7.1 Availability");
  }

  @Test
  void subClauseIsCoveredByTheHeadingOfTheClauseItIsNestedIn() {
    String revised = CONTRACT.replace("liable for indirect", "liable for direct, indirect");

    assertThat(changed(List.of("liability"), CONTRACT, revised)).containsExactly("8.3");
    assertThat(changed(List.of("indemnif"), CONTRACT, revised)).isEmpty();
  }

  @Test
  void keywordMatchesAtTheStartOfAWordOnly() {
    String indemnityChanged = CONTRACT.replace("third-party claims", "all third-party claims");
    String termChanged =
        CONTRACT.replace(
            "The initial term is 24 months.",
            "The initial term is 36 months, and neither party shall reindemnify the other.");

    assertThat(changed(List.of("Indemnif"), CONTRACT, indemnityChanged)).containsExactly("9.1");
    assertThat(changed(List.of("indemnif"), CONTRACT, termChanged)).isEmpty();
  }

  @Test
  void phraseKeywordMatchesAcrossWhitespaceButNotAsSeparateWords() {
    String indemnityChanged =
        CONTRACT.replace("indemnify and hold harmless the Customer", "hold\nharmless the Customer");
    String termChanged =
        CONTRACT.replace(
            "The initial term is 24 months.",
            "The initial term is 24 months. The Vendor shall hold the deposit and keep it harmless.");

    assertThat(changed(List.of("Hold  Harmless"), CONTRACT, indemnityChanged))
        .containsExactly("9.1");
    assertThat(changed(List.of("hold harmless"), CONTRACT, termChanged)).isEmpty();
  }

  @Test
  void preambleIsReportedAsPreamble() {
    String revised = CONTRACT.replace("Northwind AI", "Northwind Intelligence");

    assertThat(changed(List.of("customer"), CONTRACT, revised)).containsExactly("preamble");
  }

  @Test
  void noKeywordsCoverNothing() {
    String revised = CONTRACT.replace("in the 12 months", "in the 6 months");

    assertThat(changed(List.of(), CONTRACT, revised)).isEmpty();
    assertThat(changed(List.of(" ", ""), CONTRACT, revised)).isEmpty();
  }

  private static List<String> changed(List<String> keywords, String before, String after) {
    return ClauseChanges.changedClauses(
        keywords, ClauseSegmenter.segment(before), ClauseSegmenter.segment(after));
  }

  /** Inserts a new clause 8 and moves clause 8 onwards up by one, as an editor would renumber. */
  private static String insertDataProtectionBeforeLiability(String contract) {
    Matcher number = Pattern.compile("(?m)^(#+ )?(\\d+)(?=\\.)").matcher(contract);
    String renumbered =
        number.replaceAll(
            match -> {
              int section = Integer.parseInt(match.group(2));
              String marker = match.group(1) == null ? "" : match.group(1);
              return marker + (section >= 8 ? section + 1 : section);
            });
    return renumbered.replace("## 9. Liability", DATA_PROTECTION + "## 9. Liability");
  }
}
