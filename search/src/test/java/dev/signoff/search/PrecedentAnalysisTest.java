package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Stemming, legal synonyms and query syntax, as seen through clause searches. */
class PrecedentAnalysisTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  private PrecedentIndex index;

  @BeforeEach
  void openIndex() {
    index = new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults());
    long generation =
        index.upsert(
            deal("D-1")
                .vendor("Northwind")
                .clause("Indemnity", "The vendor shall hold the customer harmless against claims.")
                .clause("Indemnities", "Supplier indemnifies Customer against third-party claims.")
                .clause("Ending", "Either party may cancel the subscription on 30 days notice.")
                .clause("Termination", "The agreement terminates at the end of the term.")
                .clause("Notices", "Vendor shall notify Customer promptly of any breach.")
                .clause("Reporting", "Notification of a personal data breach is made in writing.")
                .clause("Incidents", "A security incident is reported to the customer.")
                .clause("Service levels", "The platform availability is 99.9 percent.")
                .clause("Uptime", "Monthly uptime is measured by the vendor.")
                .clause("Processors", "The vendor may engage a sub-processor with notice.")
                .clause("Processors", "Each Sub Processor is listed in Annex 3.")
                .clause("Processors", "Subprocessors are bound by written terms.")
                .clause("Privacy", "PII is processed only on documented instructions.")
                .clause("Fees", "The customer pays the fees monthly in arrears.")
                .build());
    index.awaitSearchable(generation, AWAIT);
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  @Test
  void stemmingMatchesOtherFormsOfAWord() {
    assertThat(texts("terminated")).anyMatch(text -> text.contains("terminates"));
    assertThat(texts("paying")).singleElement().asString().contains("pays the fees");
    assertThat(texts("measuring")).singleElement().asString().contains("measured");
  }

  @ParameterizedTest(name = "{0} finds \"{1}\"")
  @CsvSource({
    "indemnify, hold the customer harmless",
    "indemnification, indemnifies Customer",
    "hold harmless, hold the customer harmless",
    "'\"hold harmless\"', indemnifies Customer",
    "termination, cancel the subscription",
    "cancellation, agreement terminates",
    "notification, notify Customer promptly",
    "notify, Notification of a personal data breach",
    "data breach, A security incident is reported",
    "security incident, personal data breach",
    "uptime, availability is 99.9 percent",
    "availability, Monthly uptime",
    "personal data, PII is processed",
    "pii, personal data breach"
  })
  void legalSynonymsFindEachOther(String query, String expected) {
    assertThat(texts(query)).anyMatch(text -> text.contains(expected));
  }

  @Test
  void synonymsDoNotWidenUnrelatedWords() {
    assertThat(texts("fees")).singleElement().asString().contains("pays the fees");
    assertThat(texts("breach")).noneMatch(text -> text.contains("security incident"));
  }

  @ParameterizedTest
  @CsvSource({
    "subprocessor",
    "sub-processor",
    "sub processor",
    "'\"sub processor\"'",
    "Sub-Processors"
  })
  void everySpellingOfSubprocessorFindsEveryOther(String query) {
    assertThat(texts(query))
        .hasSize(3)
        .anyMatch(text -> text.contains("sub-processor"))
        .anyMatch(text -> text.contains("Sub Processor"))
        .anyMatch(text -> text.contains("Subprocessors"));
  }

  @Test
  void synonymMatchIsHighlightedInTheOriginalWording() {
    PrecedentHit hit =
        index.search(PrecedentQuery.clauses("\"hold harmless\"", LEGAL, 10)).hits().stream()
            .filter(candidate -> candidate.clause().heading().equals("Indemnities"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.fragments()).singleElement().asString().contains("<mark>indemnifies</mark>");

    PrecedentHit subprocessor =
        index.search(PrecedentQuery.clauses("subprocessor", LEGAL, 10)).hits().stream()
            .filter(candidate -> candidate.clause().text().contains("sub-processor"))
            .findFirst()
            .orElseThrow();
    assertThat(subprocessor.fragments())
        .singleElement()
        .asString()
        .contains("<mark>sub-processor</mark>");
  }

  @Test
  void proximityFindsWordsWithinTheSlopOnly() {
    assertThat(texts("\"notify breach\"~5"))
        .anyMatch(text -> text.contains("notify Customer promptly of any breach"))
        .anyMatch(text -> text.contains("Notification of a personal data breach"));
    assertThat(texts("\"notify breach\"~1")).isEmpty();
    assertThat(texts("\"customer harmless\"")).singleElement().asString().contains("hold the");
    assertThat(texts("\"harmless customer\"")).isEmpty();
  }

  @Test
  void fieldSyntaxNarrowsToTheField() {
    assertThat(texts("heading:uptime")).singleElement().asString().contains("Monthly uptime");
    assertThat(texts("vendor:northwind AND fees")).hasSize(1);
    assertThat(texts("vendor:acme")).isEmpty();
    assertThat(texts("heading:processors -annex")).hasSize(2);
  }

  @Test
  void rejectsBrokenSyntaxWithAMessage() {
    assertThatThrownBy(() -> index.search(PrecedentQuery.clauses("heading:(", LEGAL, 10)))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageStartingWith("Cannot understand the search \"heading:(\":");
    assertThatThrownBy(() -> index.search(PrecedentQuery.clauses("\"open phrase", LEGAL, 10)))
        .isInstanceOf(PrecedentQueryException.class);
  }

  private List<String> texts(String query) {
    return index.search(PrecedentQuery.clauses(query, LEGAL, 20)).hits().stream()
        .map(hit -> hit.clause().text())
        .toList();
  }
}
