package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClauseSegmenterTest {

  private static final Path DEMO_CONTRACTS = Path.of("src/main/resources/demo");

  static Stream<Arguments> demoContracts() {
    return Stream.of(
        arguments(
            "brightline-knowledge-retrieval.md",
            56,
            Map.of(
                "2.2", "Users and use case",
                "7", "Service Levels During the Pilot",
                "12", "Rollout and Go/No-Go",
                "13.1", "",
                "16", "Governing Law")),
        arguments(
            "lexon-contract-analytics.md",
            54,
            Map.of(
                "1.1", "",
                "7.4", "Change management",
                "12", "Liability and Indemnities",
                "12.1", "Cap",
                "13.3", "Export")),
        arguments(
            "northwind-support-summarisation.md",
            66,
            Map.of(
                "8.1", "Availability",
                "10", "Change Management",
                "14.2", "",
                "15", "Indemnities",
                "17.1", "")),
        arguments(
            "quillworks-code-assistant.md",
            45,
            Map.of(
                "2.2", "No Vendor Access to Prompts",
                "8", "Support",
                "11", "Liability and Indemnities",
                "11.2", "Exclusions from the Cap",
                "13.3", "Exit")),
        arguments(
            "talentgauge-screening.md",
            61,
            Map.of(
                "4.3", "Model improvement",
                "5.3", "",
                "6.4", "Security incidents",
                "8.2", "",
                "12", "Liability")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoContracts")
  void segmentsDemoContractIntoPreambleAndNumberedClauses(
      String file, int clauseCount, Map<String, String> knownHeadings) throws IOException {
    List<Clause> clauses = ClauseSegmenter.segment(demoContract(file));

    assertThat(clauses).hasSize(clauseCount);
    assertThat(clauses.get(0).number()).isEmpty();
    assertThat(clauses.get(0).text()).startsWith("# ");
    assertThat(clauses.subList(1, clauses.size()))
        .extracting(Clause::number)
        .allMatch(number -> number.matches("\\d+(\\.\\d+)?"))
        .doesNotHaveDuplicates();
    Map<String, String> headings =
        clauses.stream().collect(Collectors.toMap(Clause::number, Clause::heading));
    assertThat(headings).containsAllEntriesOf(knownHeadings);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoContracts")
  void demoClausesAreExactNonOverlappingSlicesThatTogetherHoldAllTheText(String file)
      throws IOException {
    String text = demoContract(file);

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertSlicesOf(text, clauses);
    assertThat(withoutWhitespace(clauses.stream().map(Clause::text).collect(Collectors.joining())))
        .isEqualTo(withoutWhitespace(text));
  }

  @Test
  void clauseTextRunsFromItsHeadingLineToTheNextClause() throws IOException {
    List<Clause> clauses = ClauseSegmenter.segment(demoContract("quillworks-code-assistant.md"));

    Clause support = clause(clauses, "8");
    assertThat(support.text())
        .startsWith("## 8. Support\n\nQuillworks shall respond to severity 1 issues")
        .endsWith("Support fees are included in the licence fee.");
    Clause last = clauses.get(clauses.size() - 1);
    assertThat(last.text())
        .isEqualTo("## 14. General\n\nThis Agreement is governed by the law of England and Wales.");
  }

  @Test
  void numberedMarkdownHeadingsGiveNumberAndHeading() {
    String text =
        """
        ## 12. Liability and Indemnities

        ### 12.1 Cap

        Each party's liability is limited to the fees paid.

        #### **12.1.1 Exclusions** ####

        The cap does not apply to fraud.

        ## Section 13 - Term

        The term is 24 months.
        """;

    assertThat(ClauseSegmenter.segment(text))
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("12", "Liability and Indemnities"),
            tuple("12.1", "Cap"),
            tuple("12.1.1", "Exclusions"),
            tuple("13", "Term"));
  }

  @Test
  void numberedParagraphTakesShortPhraseBeforeFirstFullStopAsHeading() {
    String text =
        """
        7.1 Availability. The Service shall be available 99.9% of each calendar month.

        7.2 Change management. The Vendor shall give 60 days notice of model changes.

        7.3 The Vendor shall report P95 and P99 answer latency weekly to the Customer.

        7.4 Fees are charged per 1,000 tokens. Rates are fixed for 12 months.

        7.5 Harbor & Pine Ltd. may audit the Vendor once a year.
        """;

    assertThat(ClauseSegmenter.segment(text))
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("7.1", "Availability"),
            tuple("7.2", "Change management"),
            tuple("7.3", ""),
            tuple("7.4", ""),
            tuple("7.5", ""));
  }

  @Test
  void recognisesNumbersClosedByFullStopOrParenthesis() {
    String text =
        """
        1) Definitions
        "Service" means the hosted service.
        2) Services
        The Vendor provides the Service.
        2.1. Scope. The Service covers ticket summaries.
        2.2. Support
        The Vendor answers within one business day.
        """;

    assertThat(ClauseSegmenter.segment(text))
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("1", "Definitions"),
            tuple("2", "Services"),
            tuple("2.1", "Scope"),
            tuple("2.2", "Support"));
  }

  @Test
  void recognisesSectionClauseAndArticleHeadings() {
    String text =
        """
        Section 4 Fees
        The Customer pays the fees monthly.
        Section 8 governs support response times.
        Section 4.1 Invoicing. Invoices are due within 30 days.
        Clause 5: Liability
        Each party's liability is capped.
        ARTICLE 6 – TERM
        The term is 24 months.
        § 7 Governing Law
        English law applies.
        """;

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("4", "Fees"),
            tuple("4.1", "Invoicing"),
            tuple("5", "Liability"),
            tuple("6", "TERM"),
            tuple("7", "Governing Law"));
    assertThat(clauses.get(0).text()).endsWith("Section 8 governs support response times.");
  }

  @Test
  void amountsPercentagesAndTimesAtLineStartAreNotClauses() {
    String text =
        """
        ## 7. Service Levels

        7.1 Availability. The Service shall be available
        99.9% of each calendar month, measured from
        07:00 to 20:00 UK time.

        7.2 Credits. Critical incidents are answered within
        30 days, and the credit is
        3.5 Percent of the fee, up to EUR
        1,200 per month.
        2025 prices apply.
        """;

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses).extracting(Clause::number).containsExactly("7", "7.1", "7.2");
    assertThat(clauses.get(2).text()).endsWith("2025 prices apply.");
  }

  @Test
  void sentenceWrappedOntoLineStartingWithNumberStaysInItsClause() {
    String text =
        """
        13. Liability
        13.1 Cap. Each party's liability is limited to the fees paid in the
        12 Months before the claim, and in any case to
        9 Million Euro.
        13.2 Exclusions. The cap does not apply to fraud.
        """;

    assertThat(ClauseSegmenter.segment(text))
        .extracting(Clause::number)
        .containsExactly("13", "13.1", "13.2");
  }

  @Test
  void numberedListItemsUnderNumberedHeadingStayInClauseUnlessSubNumbered() {
    String text =
        """
        ## 7. Fees

        1. Licence fee of GBP 84 per developer.
        2. Support fee included.

        7.1 Price protection. Fees are fixed for 24 months.

           7.1.1 Indexation. Thereafter fees follow the consumer price index.
        """;

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("7", "Fees"), tuple("7.1", "Price protection"), tuple("7.1.1", "Indexation"));
    assertThat(clauses.get(0).text()).endsWith("2. Support fee included.");
  }

  @Test
  void segmentsWordDocumentTextWithoutBlankLines() {
    String text =
        """
        SERVICES AGREEMENT
        This Agreement is made between Harbor & Pine Ltd. and Northwind AI Limited.
        1. Definitions
        1.1 "Service" means the hosted summarisation service.
        2. Liability
        2.1 Cap. Each party's liability is limited to the fees paid in the
        12 months before the claim.
        2.2 Exclusions. The cap does not apply to fraud.
        """;

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("", ""),
            tuple("1", "Definitions"),
            tuple("1.1", ""),
            tuple("2", "Liability"),
            tuple("2.1", "Cap"),
            tuple("2.2", "Exclusions"));
    assertThat(clauses.get(4).text()).endsWith("12 months before the claim.");
  }

  @Test
  void textBeforeFirstClauseIsThePreamble() {
    String text =
        """

          This Agreement is made between Harbor & Pine Ltd. and Quillworks B.V.

        ## 1. Definitions

        "Licensed Model" means Quill-Coder 7B v3.
        """;

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading, Clause::text)
        .containsExactly(
            tuple("", "", "This Agreement is made between Harbor & Pine Ltd. and Quillworks B.V."),
            tuple(
                "1",
                "Definitions",
                "## 1. Definitions\n\n\"Licensed Model\" means Quill-Coder 7B v3."));
    assertSlicesOf(text, clauses);
  }

  @Test
  void documentStartingWithAClauseHasNoPreamble() {
    assertThat(ClauseSegmenter.segment("## 1. Definitions\n\nText.\n\n## 2. Scope\n\nText."))
        .extracting(Clause::number)
        .containsExactly("1", "2");
  }

  @Test
  void textWithoutNumberingIsOneUnnumberedClause() {
    String text = "\nDear Vendor,\n\n30 days notice applies to any change.\nRegards\n";

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading, Clause::text)
        .containsExactly(
            tuple("", "", "Dear Vendor,\n\n30 days notice applies to any change.\nRegards"));
    assertSlicesOf(text, clauses);
  }

  @Test
  void unnumberedMarkdownHeadingsStartClausesOnlyInDocumentsWithoutNumbering() {
    String unnumbered =
        """
        # Order Form

        Customer orders the Enterprise tier.

        ## Definitions

        "Seat" means a named user.

        ## Fees

        GBP 84 per seat per month.
        """;
    String numbered =
        """
        ## 3. Term

        The term is 36 months.

        ## Schedule 1 - Fees

        GBP 84 per seat per month.
        """;

    assertThat(ClauseSegmenter.segment(unnumbered))
        .extracting(Clause::number, Clause::heading)
        .containsExactly(tuple("", "Order Form"), tuple("", "Definitions"), tuple("", "Fees"));
    assertThat(ClauseSegmenter.segment(numbered))
        .singleElement()
        .satisfies(
            term -> {
              assertThat(term.number()).isEqualTo("3");
              assertThat(term.text()).endsWith("GBP 84 per seat per month.");
            });
  }

  @Test
  void emptyOrBlankTextHasNoClauses() {
    assertThat(ClauseSegmenter.segment("")).isEmpty();
    assertThat(ClauseSegmenter.segment(" \r\n\t\n")).isEmpty();
    assertThat(ClauseSegmenter.segment(null)).isEmpty();
  }

  @Test
  void windowsLineEndingsGiveTheSameClausesAndExactOffsets() {
    String unix =
        "Preamble.\n\n## 1. Definitions\n\n1.1 Cap. Each party's liability is capped.\n\n"
            + "1.2 Change Management\nThe Vendor gives notice.\n";
    String windows = unix.replace("\n", "\r\n");

    List<Clause> clauses = ClauseSegmenter.segment(windows);

    assertThat(clauses)
        .extracting(Clause::number, Clause::heading)
        .containsExactlyElementsOf(
            ClauseSegmenter.segment(unix).stream()
                .map(clause -> tuple(clause.number(), clause.heading()))
                .toList());
    assertThat(clauses)
        .extracting(Clause::heading)
        .containsExactly("", "Definitions", "Cap", "Change Management");
    assertThat(clauses.get(3).text())
        .isEqualTo("1.2 Change Management\r\nThe Vendor gives notice.");
    assertSlicesOf(windows, clauses);
  }

  @Test
  void clauseNumbersHaveAtMostFourLevelsOfAtMostThreeDigits() {
    String text =
        """
        1.2.3.4 Deep. Four levels are a clause.

        1.2.3.4.5 Deeper. Five levels are not.

        1.2.3.1000 Wide. Four digits are not.
        """;

    assertThat(ClauseSegmenter.segment(text)).extracting(Clause::number).containsExactly("1.2.3.4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#",
        "##",
        "1.",
        "1)",
        "§",
        "Section",
        "**",
        "- ",
        "999.999.999.999 Heading",
        "1. \n2. \n3.",
        "## 1.\n\n### 1.1\n",
        "\u0000\u00A0\u2028 7.2 Heading",
        "7.2 Heading.\n\n7.2 Heading.",
        "\r\r\n\n\r"
      })
  void malformedInputNeverThrowsAndStillGivesExactSlices(String text) {
    assertThatCode(() -> assertSlicesOf(text, ClauseSegmenter.segment(text)))
        .doesNotThrowAnyException();
  }

  private static void assertSlicesOf(String text, List<Clause> clauses) {
    int previousEnd = 0;
    for (Clause clause : clauses) {
      assertThat(clause.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(clause.end()).isGreaterThan(clause.start());
      assertThat(text.substring(clause.start(), clause.end())).isEqualTo(clause.text());
      assertThat(clause.text()).isEqualTo(clause.text().strip());
      assertThat(clause.heading()).doesNotContain("\r", "\n");
      previousEnd = clause.end();
    }
  }

  private static Clause clause(List<Clause> clauses, String number) {
    return clauses.stream()
        .filter(clause -> clause.number().equals(number))
        .findFirst()
        .orElseThrow();
  }

  private static String demoContract(String file) throws IOException {
    return Files.readString(DEMO_CONTRACTS.resolve(file));
  }

  private static String withoutWhitespace(String text) {
    return text.replaceAll("\\s+", "");
  }
}
