package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.signoff.contract.DiffSegment.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ContractComparisonTest {

  private static final String CONTRACT =
      """
      # AI Services Agreement

      This Agreement is made between Harbor & Pine Ltd. ("Customer") and Northwind AI \
      Limited ("Vendor").

      ## 7. Service Levels

      7.1 Availability. The Service shall be available 99.9% of each calendar month.

      7.2 Change management. The Vendor shall give 60 days notice of model changes.

      ## 8. Liability

      8.1 Cap. Each party's total liability is limited to the fees paid in the 12 months \
      before the claim.

      8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.

      ## 9. Term

      9.1 The initial term is 24 months.
      """;

  @Test
  void identicalVersionsHaveOnlyUnchangedClauses() {
    ContractDiff diff = ContractComparison.compare(CONTRACT, CONTRACT);

    assertThat(diff.clauses())
        .hasSize(9)
        .allSatisfy(
            clause -> {
              assertThat(clause.status()).isEqualTo(ClauseStatus.UNCHANGED);
              assertThat(clause.segments()).extracting(DiffSegment::kind).containsOnly(Kind.EQUAL);
            });
    assertThat(diff.summary()).isEqualTo(new DiffSummary(9, 0, 0, 0, 0, 0));
  }

  @Test
  void wordsInsertedAndDeletedInsideAClauseAreMarkedWithTheTextAroundThemKept() {
    String revised =
        CONTRACT.replace(
            "limited to the fees paid in the 12 months",
            "limited to twice the fees paid in the 24 months");

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    ClauseDiff cap = clause(diff, "8.1");
    assertThat(cap.status()).isEqualTo(ClauseStatus.CHANGED);
    assertThat(cap.changed()).isTrue();
    assertThat(cap.renumbered()).isFalse();
    assertThat(cap.segments())
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "Cap. Each party's total liability is limited to "),
            tuple(Kind.INSERTED, "twice "),
            tuple(Kind.EQUAL, "the fees paid in the "),
            tuple(Kind.DELETED, "12"),
            tuple(Kind.INSERTED, "24"),
            tuple(Kind.EQUAL, " months before the claim."));
    assertThat(diff.summary()).isEqualTo(new DiffSummary(8, 1, 0, 0, 0, 0));
  }

  @Test
  void wordsKeptAmongInsertionsStayKept() {
    String revised =
        CONTRACT.replace(
            "does not apply to fraud or wilful misconduct",
            "does not apply to gross negligence, fraud or any wilful breach");

    List<DiffSegment> segments =
        clause(ContractComparison.compare(CONTRACT, revised), "8.2").segments();

    assertThat(segments)
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "Exclusions. The cap does not apply to "),
            tuple(Kind.INSERTED, "gross negligence, "),
            tuple(Kind.EQUAL, "fraud or "),
            tuple(Kind.INSERTED, "any "),
            tuple(Kind.EQUAL, "wilful "),
            tuple(Kind.DELETED, "misconduct"),
            tuple(Kind.INSERTED, "breach"),
            tuple(Kind.EQUAL, "."));
  }

  @Test
  void rewrittenPhraseReadsAsOneDeletionAndOneInsertion() {
    String revised =
        CONTRACT.replace(
            "is limited to the fees paid in the 12 months",
            "is capped at the amount paid in the 12 months");

    List<DiffSegment> segments =
        clause(ContractComparison.compare(CONTRACT, revised), "8.1").segments();

    assertThat(segments)
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "Cap. Each party's total liability is "),
            tuple(Kind.DELETED, "limited to the fees"),
            tuple(Kind.INSERTED, "capped at the amount"),
            tuple(Kind.EQUAL, " paid in the 12 months before the claim."));
  }

  @Test
  void clauseInsertedBeforeOthersRenumbersThemWithoutMovingThem() {
    String revised =
        CONTRACT
            .replace("## 9. Term", "## 10. Term")
            .replace("9.1 The initial", "10.1 The initial")
            .replace("## 8. Liability", "## 9. Liability")
            .replace("8.1 Cap", "9.1 Cap")
            .replace("8.2 Exclusions", "9.2 Exclusions")
            .replace(
                "## 9. Liability",
                "## 8. Data Protection\n\n8.1 Breach notice. The Vendor shall notify breaches"
                    + " within 48 hours.\n\n## 9. Liability");

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses())
        .extracting(ClauseDiff::status, ClauseDiff::oldNumber, ClauseDiff::newNumber)
        .containsExactly(
            tuple(ClauseStatus.UNCHANGED, "", ""),
            tuple(ClauseStatus.UNCHANGED, "7", "7"),
            tuple(ClauseStatus.UNCHANGED, "7.1", "7.1"),
            tuple(ClauseStatus.UNCHANGED, "7.2", "7.2"),
            tuple(ClauseStatus.ADDED, null, "8"),
            tuple(ClauseStatus.ADDED, null, "8.1"),
            tuple(ClauseStatus.RENUMBERED, "8", "9"),
            tuple(ClauseStatus.RENUMBERED, "8.1", "9.1"),
            tuple(ClauseStatus.RENUMBERED, "8.2", "9.2"),
            tuple(ClauseStatus.RENUMBERED, "9", "10"),
            tuple(ClauseStatus.RENUMBERED, "9.1", "10.1"));
    assertThat(diff.clauses()).noneMatch(ClauseDiff::moved);
    assertThat(clause(diff, "9.2").oldLabel()).isEqualTo("8.2 Exclusions");
    assertThat(clause(diff, "9.2").newLabel()).isEqualTo("9.2 Exclusions");
    assertThat(clause(diff, "8.1").segments())
        .singleElement()
        .isEqualTo(
            new DiffSegment(
                Kind.INSERTED, "Breach notice. The Vendor shall notify breaches within 48 hours."));
    assertThat(diff.summary()).isEqualTo(new DiffSummary(4, 0, 2, 0, 0, 5));
  }

  @Test
  void clauseMovedElsewhereIsTheOnlyOneReportedAsMoved() {
    String changeManagement =
        "7.2 Change management. The Vendor shall give 60 days notice of model changes.\n\n";
    String revised =
        CONTRACT
            .replace(changeManagement, "")
            .replace("9.1 The initial", "9.2 The initial")
            .replace(
                "## 9. Term\n\n",
                "## 9. Term\n\n"
                    + changeManagement.replace("7.2", "9.1").replace("60 days", "90 days"));

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses())
        .extracting(ClauseDiff::label, ClauseDiff::status)
        .containsExactly(
            tuple("preamble", ClauseStatus.UNCHANGED),
            tuple("7 Service Levels", ClauseStatus.UNCHANGED),
            tuple("7.1 Availability", ClauseStatus.UNCHANGED),
            tuple("8 Liability", ClauseStatus.UNCHANGED),
            tuple("8.1 Cap", ClauseStatus.UNCHANGED),
            tuple("8.2 Exclusions", ClauseStatus.UNCHANGED),
            tuple("9 Term", ClauseStatus.UNCHANGED),
            tuple("9.1 Change management", ClauseStatus.MOVED),
            tuple("9.2", ClauseStatus.RENUMBERED));
    ClauseDiff moved = clause(diff, "9.1");
    assertThat(moved.changed()).isTrue();
    assertThat(moved.renumbered()).isTrue();
    assertThat(moved.oldLabel()).isEqualTo("7.2 Change management");
    assertThat(moved.segments())
        .filteredOn(segment -> segment.kind() != Kind.EQUAL)
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(tuple(Kind.DELETED, "60"), tuple(Kind.INSERTED, "90"));
    assertThat(diff.summary()).isEqualTo(new DiffSummary(7, 1, 0, 0, 1, 2));
  }

  @Test
  void ofTwoSwappedClausesTheShorterOneCountsAsMoved() {
    String cap =
        "8.1 Cap. Each party's total liability is limited to the fees paid in the 12 months"
            + " before the claim.";
    String exclusions = "8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.";
    String revised =
        CONTRACT
            .replace(cap, "@@")
            .replace(exclusions, cap.replace("8.1", "8.2"))
            .replace("@@", exclusions.replace("8.2", "8.1"));

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses())
        .extracting(ClauseDiff::label, ClauseDiff::status)
        .containsSubsequence(
            tuple("8 Liability", ClauseStatus.UNCHANGED),
            tuple("8.1 Exclusions", ClauseStatus.MOVED),
            tuple("8.2 Cap", ClauseStatus.RENUMBERED),
            tuple("9 Term", ClauseStatus.UNCHANGED));
    assertThat(diff.summary().moved()).isEqualTo(1);
  }

  @Test
  void clauseRewrittenUnderItsNumberIsOneChangedClause() {
    String revised =
        CONTRACT.replace(
            "8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.",
            "8.2 Insurance. The Vendor keeps professional indemnity cover of EUR 5 million.");

    ClauseDiff clause = clause(ContractComparison.compare(CONTRACT, revised), "8.2");

    assertThat(clause.status()).isEqualTo(ClauseStatus.CHANGED);
    assertThat(clause.oldLabel()).isEqualTo("8.2 Exclusions");
    assertThat(clause.newLabel()).isEqualTo("8.2 Insurance");
    assertThat(clause.segments())
        .extracting(DiffSegment::kind)
        .contains(Kind.DELETED, Kind.INSERTED);
  }

  @Test
  void removedClauseStandsWhereItWasBeforeAClauseAddedThere() {
    String revised =
        CONTRACT.replace(
            "8.2 Exclusions. The cap does not apply to fraud or wilful misconduct.",
            "8.3 Insurance. The Vendor keeps professional indemnity cover of EUR 5 million.");

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses())
        .extracting(ClauseDiff::label, ClauseDiff::status)
        .containsExactly(
            tuple("preamble", ClauseStatus.UNCHANGED),
            tuple("7 Service Levels", ClauseStatus.UNCHANGED),
            tuple("7.1 Availability", ClauseStatus.UNCHANGED),
            tuple("7.2 Change management", ClauseStatus.UNCHANGED),
            tuple("8 Liability", ClauseStatus.UNCHANGED),
            tuple("8.1 Cap", ClauseStatus.UNCHANGED),
            tuple("8.2 Exclusions", ClauseStatus.REMOVED),
            tuple("8.3 Insurance", ClauseStatus.ADDED),
            tuple("9 Term", ClauseStatus.UNCHANGED),
            tuple("9.1", ClauseStatus.UNCHANGED));
    ClauseDiff removed = clause(diff, "8.2");
    assertThat(removed.newNumber()).isNull();
    assertThat(removed.oldHeading()).isEqualTo("Exclusions");
    assertThat(removed.segments())
        .containsExactly(
            new DiffSegment(
                Kind.DELETED, "Exclusions. The cap does not apply to fraud or wilful misconduct."));
    assertThat(diff.summary()).isEqualTo(new DiffSummary(8, 0, 1, 1, 0, 0));
  }

  @Test
  void removedClausesBeforeTheFirstAndAfterTheLastClauseStayAtTheEnds() {
    String revised =
        CONTRACT
            .replace("## 9. Term\n\n9.1 The initial term is 24 months.\n", "")
            .replace("7.1 Availability.", "7.0 Availability.");

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses())
        .extracting(ClauseDiff::label, ClauseDiff::status)
        .endsWith(tuple("9 Term", ClauseStatus.REMOVED), tuple("9.1", ClauseStatus.REMOVED));
  }

  @Test
  void rewrappedLinesAndTypographicQuotesAreNotChanges() {
    String revised =
        CONTRACT
            .replace("Each party's total liability is", "Each party’s total\nliability   is")
            .replace("(\"Customer\")", "(“Customer”)");

    ContractDiff diff = ContractComparison.compare(CONTRACT, revised);

    assertThat(diff.clauses()).allMatch(clause -> clause.status() == ClauseStatus.UNCHANGED);
    assertThat(clause(diff, "8.1").segments())
        .singleElement()
        .satisfies(segment -> assertThat(segment.text()).contains("party’s total\nliability"));
  }

  @Test
  void changedHeadingShowsInTheTextAndTheLabels() {
    String revised = CONTRACT.replace("7.2 Change management.", "7.2 Change control.");

    ClauseDiff clause = clause(ContractComparison.compare(CONTRACT, revised), "7.2");

    assertThat(clause.status()).isEqualTo(ClauseStatus.CHANGED);
    assertThat(clause.oldHeading()).isEqualTo("Change management");
    assertThat(clause.newHeading()).isEqualTo("Change control");
    assertThat(clause.segments())
        .extracting(DiffSegment::kind, DiffSegment::text)
        .startsWith(
            tuple(Kind.EQUAL, "Change "),
            tuple(Kind.DELETED, "management"),
            tuple(Kind.INSERTED, "control"));
  }

  @Test
  void segmentsSpellOutBothVersionsOfEveryClauseOfADemoContract() throws IOException {
    String contract =
        Files.readString(Path.of("src/main/resources/demo/lexon-contract-analytics.md"));
    String revised =
        contract
            .replace("18 months", "24 months")
            .replace("shall", "must")
            .replace("Client's", "Customer's")
            .replace(" in the London region.", ".");

    ContractDiff diff = ContractComparison.compare(contract, revised);

    assertThat(diff.clauses()).noneMatch(ClauseDiff::moved);
    assertThat(words(spelledOut(diff, Kind.DELETED))).isEqualTo(words(bodies(revised)));
    assertThat(words(spelledOut(diff, Kind.INSERTED))).isEqualTo(words(bodies(contract)));
    assertThat(diff.summary().changed()).isGreaterThan(5);
    assertThat(diff.summary().removed()).isZero();
  }

  /** The text of every clause without the runs of one kind, clauses separated by a space. */
  private static String spelledOut(ContractDiff diff, Kind leftOut) {
    return diff.clauses().stream()
        .map(
            clause ->
                clause.segments().stream()
                    .filter(segment -> segment.kind() != leftOut)
                    .map(DiffSegment::text)
                    .collect(Collectors.joining()))
        .filter(text -> !text.isEmpty())
        .collect(Collectors.joining(" "));
  }

  @Test
  void emptyVersionsCompareAsAddedOrRemovedText() {
    assertThat(ContractComparison.compare(null, " ").clauses()).isEmpty();
    assertThat(ContractComparison.compare("", "Dear Vendor, thanks.").clauses())
        .extracting(ClauseDiff::status, ClauseDiff::label)
        .containsExactly(tuple(ClauseStatus.ADDED, "preamble"));
    assertThat(ContractComparison.compare("## 1. Scope\n\nText.", "").summary())
        .isEqualTo(new DiffSummary(0, 0, 0, 1, 0, 0));
  }

  private static ClauseDiff clause(ContractDiff diff, String number) {
    return diff.clauses().stream()
        .filter(clause -> number.equals(clause.number()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No clause " + number + " in " + diff));
  }

  /** The text of every clause after its number, as the redline shows it. */
  private static String bodies(String text) {
    return ClauseSegmenter.segment(text).stream()
        .map(ContractComparison::body)
        .collect(Collectors.joining(" "));
  }

  private static List<String> words(String text) {
    return List.of(text.strip().split("\\s+"));
  }
}
