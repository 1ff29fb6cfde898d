package dev.signoff.comment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Re-anchoring threads from one contract version to the next: same text stays, moved or renumbered
 * text is followed, deleted text makes the thread outdated; on plain text and on Word and PDF files
 * as Signoff extracts them.
 */
class ReanchoringTest {

  // --- plain text ---

  static final String PLAIN_V1 =
      """
      # AI Services Agreement

      ## 7. Security

      7.1 Breach notice. The Vendor notifies the Customer of a security breach within 72 hours.

      7.2 Audits. The Customer may audit the Vendor once a year.

      ## 12. Liability

      12.1 Cap. Each party's aggregate liability is capped at twelve months of fees.
      """;

  static final String PLAIN_V2 =
      """
      # AI Services Agreement

      ## 7. Security

      7.1 Encryption. The Vendor encrypts customer data at rest and in transit.

      7.2 Breach notice. The Vendor notifies the Customer of a security breach within 72 hours.

      ## 12. Liability

      12.1 Cap. Each party's aggregate liability is capped at twelve months of fees.
      """;

  @Test
  void rangeInUnchangedTextStaysWhereItIs() {
    Anchor notice = range(PLAIN_V1, "within 72 hours");

    Anchor relocated = relocate(PLAIN_V1, PLAIN_V1, notice).orElseThrow();

    assertThat(relocated.start()).isEqualTo(notice.start());
    assertThat(relocated.end()).isEqualTo(notice.end());
    assertThat(relocated.version()).isEqualTo(2);
    assertThat(relocated.quote()).isEqualTo("within 72 hours");
    assertThat(relocated.clauseLabel()).isEqualTo("7.1 Breach notice");
  }

  @Test
  void rangeMovesWithItsTextWhenAClauseIsInsertedBeforeIt() {
    Anchor notice = range(PLAIN_V1, "within 72 hours");

    Anchor relocated = relocate(PLAIN_V1, PLAIN_V2, notice).orElseThrow();

    assertThat(relocated.start())
        .isEqualTo(PLAIN_V2.indexOf("within 72 hours"))
        .isNotEqualTo(notice.start());
    assertThat(PLAIN_V2.substring(relocated.start(), relocated.end())).isEqualTo("within 72 hours");
    assertThat(relocated.clauseLabel()).isEqualTo("7.2 Breach notice");
  }

  @Test
  void clauseAnchorFollowsItsRenumberedClause() {
    Anchor breach = clause(PLAIN_V1, "7.1");

    Anchor relocated = relocate(PLAIN_V1, PLAIN_V2, breach).orElseThrow();

    assertThat(relocated.kind()).isEqualTo(AnchorKind.CLAUSE);
    assertThat(relocated.clauseNumber()).isEqualTo("7.2");
    assertThat(relocated.clauseHeading()).isEqualTo("Breach notice");
    assertThat(relocated.start()).isEqualTo(PLAIN_V2.indexOf("7.2 Breach notice"));
  }

  @Test
  void clauseAnchorFollowsARewordedClauseUnderItsNumberAndHeading() {
    String reworded = PLAIN_V1.replace("within 72 hours", "without undue delay, at most 24 hours");

    Anchor relocated = relocate(PLAIN_V1, reworded, clause(PLAIN_V1, "7.1")).orElseThrow();

    assertThat(relocated.clauseLabel()).isEqualTo("7.1 Breach notice");
    assertThat(relocated.quote()).contains("at most 24 hours");
  }

  @Test
  void deletedTextAndDeletedClauseHaveNoPlaceInTheNewVersion() {
    assertThat(relocate(PLAIN_V1, PLAIN_V2, range(PLAIN_V1, "once a year"))).isEmpty();
    assertThat(relocate(PLAIN_V1, PLAIN_V2, clause(PLAIN_V1, "7.2"))).isEmpty();
  }

  @Test
  void changedWordingInsideTheQuoteMakesTheRangeOutdated() {
    String changed = PLAIN_V1.replace("within 72 hours", "within 24 hours");

    assertThat(relocate(PLAIN_V1, changed, range(PLAIN_V1, "within 72 hours"))).isEmpty();
  }

  @Test
  void repeatedTextIsTellApartByItsContext() {
    String v1 =
        "1. Fees. Invoices are due within 30 days.\n\n2. Termination. Either party may end the"
            + " agreement within 30 days.\n";
    String v2 =
        "1. Fees. Invoices are due within 30 days.\n\n2. Suspension. The Vendor may suspend the"
            + " service.\n\n3. Termination. Either party may end the agreement within 30 days.\n";
    Anchor second = rangeAt(v1, "within 30 days", v1.lastIndexOf("within 30 days"));

    Anchor relocated = relocate(v1, v2, second).orElseThrow();

    assertThat(relocated.start()).isEqualTo(v2.lastIndexOf("within 30 days"));
    assertThat(relocated.clauseLabel()).isEqualTo("3 Termination");
  }

  @Test
  void repeatedTextWhoseOwnOccurrenceWasDeletedIsOutdatedNotMovedToAnother() {
    String v1 =
        "1. Fees. Invoices are due within 30 days.\n\n2. Termination. Either party may end the"
            + " agreement within 30 days.\n";
    String v2 = "1. Fees. Invoices are due within 30 days.\n\n2. Termination. Neither party may.\n";
    Anchor second = rangeAt(v1, "within 30 days", v1.lastIndexOf("within 30 days"));

    assertThat(relocate(v1, v2, second)).isEmpty();
  }

  @Test
  void threadsOnTheDealStayOnTheDeal() {
    assertThat(relocate(PLAIN_V1, PLAIN_V2, Anchor.DEAL)).contains(Anchor.DEAL);
  }

  // --- Word files ---

  @Nested
  class WordFiles {

    final List<String> v1 =
        List.of(
            "AI Services Agreement",
            "1. Definitions. Terms have the meaning given in the order form.",
            "2. Breach notice. The Vendor notifies the Customer of a security breach within 72 hours"
                + " of becoming aware of it.",
            "3. Audits. The Customer may audit the Vendor once a year on thirty days' notice.",
            "4. Liability. Each party's aggregate liability is capped at twelve months of fees.");
    final List<String> v2 =
        List.of(
            "AI Services Agreement",
            "1. Definitions. Terms have the meaning given in the order form.",
            "2. Encryption. The Vendor encrypts customer data at rest and in transit.",
            "3. Breach notice. The Vendor notifies the Customer of a security breach within 72 hours"
                + " of becoming aware of it.",
            "4. Liability. Each party's aggregate liability is capped at twelve months of fees.");

    @Test
    void sameTextStaysWhereItIs() {
      String text = ContractFiles.docxText(v1);
      String again = ContractFiles.docxText(v1);
      Anchor notice = range(text, "within 72 hours");
      Anchor breach = clause(text, "2");

      assertThat(relocate(text, again, notice).orElseThrow().start()).isEqualTo(notice.start());
      Anchor clause = relocate(text, again, breach).orElseThrow();
      assertThat(clause.start()).isEqualTo(breach.start());
      assertThat(clause.clauseLabel()).isEqualTo("2 Breach notice");
    }

    @Test
    void movedTextAndRenumberedClauseAreFollowed() {
      String text = ContractFiles.docxText(v1);
      String revised = ContractFiles.docxText(v2);

      Anchor notice = relocate(text, revised, range(text, "within 72 hours")).orElseThrow();
      assertThat(notice.start()).isEqualTo(revised.indexOf("within 72 hours"));
      assertThat(notice.clauseLabel()).isEqualTo("3 Breach notice");
      Anchor breach = relocate(text, revised, clause(text, "2")).orElseThrow();
      assertThat(breach.clauseNumber()).isEqualTo("3");
      assertThat(revised.substring(breach.start(), breach.end())).startsWith("3. Breach notice.");
      Anchor cap = relocate(text, revised, range(text, "twelve months of fees")).orElseThrow();
      assertThat(cap.start()).isEqualTo(revised.indexOf("twelve months of fees"));
    }

    @Test
    void deletedTextIsOutdated() {
      String text = ContractFiles.docxText(v1);
      String revised = ContractFiles.docxText(v2);

      assertThat(relocate(text, revised, range(text, "once a year"))).isEmpty();
      assertThat(relocate(text, revised, clause(text, "3"))).isEmpty();
    }
  }

  // --- PDF files ---

  @Nested
  class PdfFiles {

    final List<List<String>> v1 =
        List.of(
            List.of("AI Services Agreement"),
            List.of("1. Definitions. Terms have the meaning given in the order form."),
            List.of(
                "2. Breach notice. The Vendor notifies the Customer of a security breach within 72",
                "hours of becoming aware of it."),
            List.of(
                "3. Audits. The Customer may audit the Vendor once a year on thirty days'",
                "notice."),
            List.of(
                "4. Liability. Each party's aggregate liability is capped at twelve months of fees."));

    /** The breach clause renumbered and wrapped at another word; the audits clause gone. */
    final List<List<String>> v2 =
        List.of(
            List.of("AI Services Agreement"),
            List.of("1. Definitions. Terms have the meaning given in the order form."),
            List.of("2. Encryption. The Vendor encrypts customer data at rest and in transit."),
            List.of(
                "3. Breach notice. The Vendor notifies the Customer of a security breach",
                "within 72 hours of becoming aware of it."),
            List.of(
                "4. Liability. Each party's aggregate liability is capped at twelve months of fees."));

    @Test
    void sameTextStaysWhereItIs() {
      String text = ContractFiles.pdfText(v1);
      String again = ContractFiles.pdfText(v1);
      Anchor notice = rangeMatching(text, "within 72\\s+hours");

      Anchor relocated = relocate(text, again, notice).orElseThrow();

      assertThat(relocated.start()).isEqualTo(notice.start());
      assertThat(relocated.end()).isEqualTo(notice.end());
      assertThat(relocate(text, again, clause(text, "2")).orElseThrow().start())
          .isEqualTo(clause(text, "2").start());
    }

    @Test
    void movedTextIsFoundThoughItWrapsDifferentlyAndTheClauseIsRenumbered() {
      String text = ContractFiles.pdfText(v1);
      String revised = ContractFiles.pdfText(v2);
      Anchor notice = rangeMatching(text, "within 72\\s+hours");
      assertThat(notice.quote()).contains("\n");

      Anchor relocated = relocate(text, revised, notice).orElseThrow();

      assertThat(revised.substring(relocated.start(), relocated.end()))
          .isEqualTo("within 72 hours");
      assertThat(relocated.clauseLabel()).isEqualTo("3 Breach notice");
      Anchor breach = relocate(text, revised, clause(text, "2")).orElseThrow();
      assertThat(breach.clauseNumber()).isEqualTo("3");
      assertThat(breach.clauseHeading()).isEqualTo("Breach notice");
    }

    @Test
    void deletedTextIsOutdated() {
      String text = ContractFiles.pdfText(v1);
      String revised = ContractFiles.pdfText(v2);

      assertThat(relocate(text, revised, range(text, "once a year"))).isEmpty();
      assertThat(relocate(text, revised, clause(text, "3"))).isEmpty();
    }
  }

  // --- helpers ---

  static Optional<Anchor> relocate(String oldText, String newText, Anchor anchor) {
    return new Reanchoring(
            oldText, ClauseSegmenter.segment(oldText), newText, ClauseSegmenter.segment(newText), 2)
        .relocate(anchor);
  }

  static Anchor range(String text, String quote) {
    assertThat(text).contains(quote);
    return rangeAt(text, quote, text.indexOf(quote));
  }

  static Anchor rangeMatching(String text, String regex) {
    var matcher = Pattern.compile(regex).matcher(text);
    assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
    return rangeAt(text, matcher.group(), matcher.start());
  }

  static Anchor rangeAt(String text, String quote, int start) {
    List<Clause> clauses = ClauseSegmenter.segment(text);
    return Anchor.range(
        AnchorKind.RANGE,
        1,
        text,
        start,
        start + quote.length(),
        Anchor.ClauseAt.containing(clauses, start));
  }

  static Anchor clause(String text, String number) {
    return ClauseSegmenter.segment(text).stream()
        .filter(clause -> clause.number().equals(number))
        .findFirst()
        .map(clause -> Anchor.clause(1, text, clause))
        .orElseThrow(() -> new AssertionError("No clause " + number + " in " + text));
  }
}
