package dev.signoff.contract;

import static dev.signoff.contract.ContractDocuments.Paragraph.body;
import static dev.signoff.contract.ContractDocuments.Paragraph.heading;
import static dev.signoff.contract.ContractDocuments.Paragraph.numbered;
import static dev.signoff.contract.ContractDocuments.Paragraph.numberedHeading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.signoff.contract.ContractDocuments.Paragraph;
import dev.signoff.contract.DiffSegment.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Word and PDF contracts as people upload them, written with Apache POI and PDFBox, through text
 * extraction, clause segmentation and the redline of two versions.
 */
class ContractFilesTest {

  private static final String HEADER = "Harbor & Pine / Northwind AI - Confidential";

  private final ContractTextExtractor extractor =
      new ContractTextExtractor(new ContractProperties(null, null, null));

  @AfterEach
  void stopExtractor() {
    extractor.destroy();
  }

  // --- Word ---

  @Test
  void wordHeadingStylesAndTypedClauseNumbersGiveTheClausesAReaderSees() {
    String text =
        text(
            "agreement.docx",
            ContractDocuments.docx(
                List.of(
                    heading(1, "MASTER SERVICES AGREEMENT"),
                    body("This Agreement is made between Harbor & Pine Ltd. and Northwind AI."),
                    heading(1, "1. Definitions"),
                    body("1.1 \"Service\" means the hosted summarisation service."),
                    heading(1, "2. Service Levels"),
                    body("2.1 Availability. The Service shall be available 99.9% of each month."),
                    heading(2, "2.2 Change management"),
                    body("The Vendor shall give 60 days notice of any model change:"),
                    numbered(0, "a new model version;"),
                    numbered(0, "a change of the hosting region."),
                    heading(1, "3. Liability"),
                    body("3.1 Cap. Each party's liability is limited to the fees paid."))));

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .as(text)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("", ""),
            tuple("1", "Definitions"),
            tuple("1.1", ""),
            tuple("2", "Service Levels"),
            tuple("2.1", "Availability"),
            tuple("2.2", "Change management"),
            tuple("3", "Liability"),
            tuple("3.1", "Cap"));
    assertThat(clauses.get(0).text()).startsWith("# MASTER SERVICES AGREEMENT");
    assertThat(clause(clauses, "2.2").text())
        .startsWith("## 2.2 Change management")
        .contains("1. a new model version;")
        .endsWith("2. a change of the hosting region.");
  }

  @Test
  void wordAutomaticNumberingIsWrittenOutAndNumbersTheClauses() {
    String text = text("agreement.docx", ContractDocuments.docx(automaticallyNumbered(false)));

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(text).contains("# 3. Liability").contains("3.2 Exclusions.");
    assertThat(clauses)
        .as(text)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("", ""),
            tuple("1", "Definitions"),
            tuple("1.1", ""),
            tuple("2", "Services"),
            tuple("2.1", "Scope"),
            tuple("2.2", "Support"),
            tuple("3", "Liability"),
            tuple("3.1", "Cap"),
            tuple("3.2", "Exclusions"),
            tuple("4", "Term"),
            tuple("4.1", ""));
    assertThat(clause(clauses, "3.2").text())
        .contains("(a) fraud;")
        .endsWith("(b) wilful misconduct.");
  }

  @Test
  void wordHeadingsWithoutNumbersStartClausesInADocumentWithoutNumbering() {
    String text =
        text(
            "order-form.docx",
            ContractDocuments.docx(
                List.of(
                    heading(1, "Order Form"),
                    body("The Customer orders the Enterprise tier."),
                    heading(2, "Definitions"),
                    body("\"Seat\" means a named user."),
                    heading(2, "Fees"),
                    body("GBP 84 per seat per month."))));

    assertThat(ClauseSegmenter.segment(text))
        .extracting(Clause::number, Clause::heading)
        .containsExactly(tuple("", "Order Form"), tuple("", "Definitions"), tuple("", "Fees"));
  }

  @Test
  void wordVersionsCompareWordByWordWithRenumberedAndMovedClauses() {
    String before = text("v1.docx", ContractDocuments.docx(automaticallyNumbered(false)));
    String after = text("v2.docx", ContractDocuments.docx(automaticallyNumbered(true)));

    ContractDiff diff = ContractComparison.compare(before, after);

    assertThat(diff.clauses())
        .as(after)
        .extracting(ClauseDiff::oldNumber, ClauseDiff::newNumber, ClauseDiff::status)
        .containsExactly(
            tuple("", "", ClauseStatus.UNCHANGED),
            tuple("1", "1", ClauseStatus.UNCHANGED),
            tuple("1.1", "1.1", ClauseStatus.UNCHANGED),
            tuple("2", "2", ClauseStatus.UNCHANGED),
            tuple("2.1", "2.1", ClauseStatus.UNCHANGED),
            tuple(null, "3", ClauseStatus.ADDED),
            tuple(null, "3.1", ClauseStatus.ADDED),
            tuple("3", "4", ClauseStatus.RENUMBERED),
            tuple("3.1", "4.1", ClauseStatus.CHANGED),
            tuple("3.2", "4.2", ClauseStatus.RENUMBERED),
            tuple("4", "5", ClauseStatus.RENUMBERED),
            tuple("4.1", "5.1", ClauseStatus.RENUMBERED),
            tuple("2.2", "5.2", ClauseStatus.MOVED));
    assertThat(clause(diff, "4.1").renumbered()).isTrue();
    assertThat(changes(clause(diff, "4.1")))
        .containsExactly(
            tuple(Kind.INSERTED, "aggregate "),
            tuple(Kind.DELETED, "12"),
            tuple(Kind.INSERTED, "24"));
    assertThat(diff.summary()).isEqualTo(new DiffSummary(5, 1, 2, 0, 1, 6));
  }

  // --- PDF ---

  @Test
  void pdfWithRunningHeaderPageNumbersAndWrappedLinesGivesTheClausesAReaderSees() {
    String text =
        text(
            "agreement.pdf",
            ContractDocuments.pdf(
                HEADER,
                List.of(
                    List.of(
                        "**MASTER SERVICES AGREEMENT",
                        "This Agreement is made between Harbor & Pine Ltd. and Northwind",
                        "AI Limited.",
                        "**1. Definitions",
                        "1.1 \"Service\" means the hosted summarisation service that the Vendor",
                        "provides under this Agree-",
                        "ment, including its third-",
                        "party components.",
                        "**2. Service Levels",
                        "2.1 Availability. The Service shall be available 99.9% of each calendar"),
                    List.of(
                        "month, measured from",
                        "07:00 to 20:00 UK time.",
                        "**2.2 Change management",
                        "The Vendor shall give 60 days notice of any change to the models it",
                        "uses for the Service.",
                        "**3. Liability",
                        "3.1 Cap. Each party's liability is limited to the fees paid in the",
                        "12 months before the claim."),
                    List.of(
                        "3.2 Exclusions. The cap does not apply to fraud or to a breach of third-party",
                        "rights."))));

    List<Clause> clauses = ClauseSegmenter.segment(text);

    assertThat(clauses)
        .as(text)
        .extracting(Clause::number, Clause::heading)
        .containsExactly(
            tuple("", ""),
            tuple("1", "Definitions"),
            tuple("1.1", ""),
            tuple("2", "Service Levels"),
            tuple("2.1", "Availability"),
            tuple("2.2", "Change management"),
            tuple("3", "Liability"),
            tuple("3.1", "Cap"),
            tuple("3.2", "Exclusions"));
    assertThat(text).doesNotContain("Confidential").doesNotContain("Page ").doesNotContain(" of 3");
    assertThat(clause(clauses, "1.1").text())
        .contains("provides under this Agreement,\nincluding its third-party\ncomponents.");
    assertThat(clause(clauses, "2.1").text())
        .endsWith(
            "available 99.9% of each calendar\nmonth, measured from\n07:00 to 20:00 UK time.");
    assertThat(clause(clauses, "3.1").text()).endsWith("12 months before the claim.");
  }

  @Test
  void pdfVersionsCompareWordByWordWhateverTheLineAndPageBreaks() {
    String before = text("v1.pdf", ContractDocuments.flowingPdf(HEADER, 12, flowing(false)));
    String after = text("v2.pdf", ContractDocuments.flowingPdf(HEADER, 12, flowing(true)));
    assertThat(before).doesNotContain("Confidential", "Page 1");
    assertThat(lines(before)).isNotEqualTo(lines(after));

    ContractDiff diff = ContractComparison.compare(before, after);

    assertThat(diff.clauses())
        .as(after)
        .extracting(ClauseDiff::oldNumber, ClauseDiff::newNumber, ClauseDiff::status)
        .containsExactly(
            tuple("", "", ClauseStatus.UNCHANGED),
            tuple("1", "1", ClauseStatus.UNCHANGED),
            tuple("1.1", "1.1", ClauseStatus.CHANGED),
            tuple("1.2", "1.2", ClauseStatus.UNCHANGED),
            tuple(null, "1.3", ClauseStatus.ADDED),
            tuple("1.3", "1.4", ClauseStatus.RENUMBERED),
            tuple("2", "2", ClauseStatus.UNCHANGED),
            tuple("2.2", "2.1", ClauseStatus.MOVED),
            tuple("2.1", "2.2", ClauseStatus.RENUMBERED),
            tuple("2.3", "2.3", ClauseStatus.CHANGED));
    assertThat(changes(clause(diff, "1.1")))
        .containsExactly(
            tuple(Kind.DELETED, "without undue delay"),
            tuple(Kind.INSERTED, "and every update to it within 48 hours"));
    assertThat(changes(clause(diff, "2.3")))
        .containsExactly(tuple(Kind.DELETED, "or gross negligence "));
  }

  /**
   * A contract numbered by Word; the revised version adds clause 3 before the liability clause,
   * raises the cap and moves the support clause to the end.
   */
  private static List<Paragraph> automaticallyNumbered(boolean revised) {
    String support =
        "Support. The Vendor answers support requests within one business day and keeps a"
            + " record of every request.";
    List<Paragraph> paragraphs = new ArrayList<>();
    paragraphs.add(heading(1, "AI SERVICES AGREEMENT"));
    paragraphs.add(body("Harbor & Pine Ltd. and Northwind AI Limited agree as follows."));
    paragraphs.add(numberedHeading(1, "Definitions"));
    paragraphs.add(numbered(1, "\"Service\" means the hosted summarisation service."));
    paragraphs.add(numberedHeading(1, "Services"));
    paragraphs.add(numbered(1, "Scope. The Service summarises support tickets in English."));
    if (!revised) {
      paragraphs.add(numbered(1, support));
    } else {
      paragraphs.add(numberedHeading(1, "Data Protection"));
      paragraphs.add(
          numbered(
              1, "Breach notice. The Vendor notifies personal data breaches within 48 hours."));
    }
    paragraphs.add(numberedHeading(1, "Liability"));
    paragraphs.add(
        numbered(
            1,
            revised
                ? "Cap. Each party's aggregate liability is limited to the fees paid in the 24"
                    + " months before the claim."
                : "Cap. Each party's liability is limited to the fees paid in the 12 months"
                    + " before the claim."));
    paragraphs.add(numbered(1, "Exclusions. The cap does not apply to:"));
    paragraphs.add(numbered(2, "fraud;"));
    paragraphs.add(numbered(2, "wilful misconduct."));
    paragraphs.add(numberedHeading(1, "Term"));
    paragraphs.add(numbered(1, "The initial term is 24 months from signature."));
    if (revised) {
      paragraphs.add(numbered(1, support));
    }
    return paragraphs;
  }

  /**
   * A contract set as flowing text; the revised version rewords clause 1.1, inserts clause 1.3,
   * swaps clauses 2.1 and 2.2 and narrows clause 2.3, so lines and pages break elsewhere.
   */
  private static List<String> flowing(boolean revised) {
    String availability =
        "Availability. The Service shall be available 99.9% of each calendar month, measured"
            + " every five minutes from the Customer's offices, excluding maintenance windows"
            + " announced at least ten business days before they start.";
    String credits = "Credits. A missed month earns a credit of 5% of the monthly fees.";
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("**AI SERVICES AGREEMENT");
    paragraphs.add(
        "This Agreement is made between Harbor & Pine Ltd. of 14 Quayside Row, Bristol, and"
            + " Northwind AI Limited of 2 Canal Street, Manchester.");
    paragraphs.add("**1. Data Protection");
    paragraphs.add(
        "1.1 Breach notice. The Vendor shall notify the Customer of every personal data breach"
            + " that affects the Service "
            + (revised ? "and every update to it within 48 hours" : "without undue delay")
            + " and shall give the Customer all information the Customer needs to meet its own"
            + " duties to notify supervisory authorities and the people affected.");
    paragraphs.add(
        "1.2 Sub-processors. The Vendor engages sub-processors only with the Customer's prior"
            + " written consent and remains liable for them as for itself.");
    if (revised) {
      paragraphs.add(
          "1.3 Audits. The Customer may audit the Vendor's processing once a year on thirty"
              + " days notice.");
    }
    paragraphs.add(
        (revised ? "1.4" : "1.3")
            + " Deletion. At the end of the term the Vendor deletes all Customer data within"
            + " thirty days and confirms the deletion in writing.");
    paragraphs.add("**2. Service Levels");
    paragraphs.add(revised ? "2.1 " + credits : "2.1 " + availability);
    paragraphs.add(revised ? "2.2 " + availability : "2.2 " + credits);
    paragraphs.add(
        "2.3 Exclusions. Credits are the Customer's only remedy for missed service levels,"
            + " except for wilful misconduct "
            + (revised ? "" : "or gross negligence ")
            + "of the Vendor.");
    return paragraphs;
  }

  private String text(String fileName, byte[] content) {
    return extractor.extract(new ContractFile(fileName, content)).text();
  }

  private static Clause clause(List<Clause> clauses, String number) {
    return clauses.stream()
        .filter(clause -> clause.number().equals(number))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No clause " + number + " in " + clauses));
  }

  private static ClauseDiff clause(ContractDiff diff, String newNumber) {
    return diff.clauses().stream()
        .filter(clause -> newNumber.equals(clause.newNumber()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No clause " + newNumber + " in " + diff));
  }

  private static List<org.assertj.core.groups.Tuple> changes(ClauseDiff clause) {
    return clause.segments().stream()
        .filter(segment -> segment.kind() != Kind.EQUAL)
        .map(segment -> tuple(segment.kind(), segment.text()))
        .toList();
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n"));
  }
}
