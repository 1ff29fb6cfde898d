package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.search.terms.ClauseTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClauseOwnersTest {

  private final ClauseOwners owners =
      new ClauseOwners(new Checklists(new ChecklistProperties(null)));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Limitation of liability | The aggregate liability cap equals twelve months of fees. | legal",
        "Security incidents | Vendor notifies security incidents within 48 hours. | security-privacy",
        "Data retention | Prompts are deleted after 30 days. | security-privacy",
        "Service levels | Availability of 99.9% per month, P95 latency below 800 ms. | engineering",
        "Fees | Usage is invoiced monthly per 1,000 tokens. | product",
        "Model changes | Vendor gives 90 days notice of new model versions. | product",
        "Termination | Either party may terminate on 60 days notice. | legal",
      })
  void aClauseBelongsToTheGroupOwningTheChecklistSectionOfItsTopic(
      String heading, String text, String group) {
    assertThat(owners.ownerOf(null, heading, text)).isEqualTo(group);
    assertThat(owners.ownerOf(1, heading, text)).isEqualTo(group);
  }

  @Test
  void aClauseWithoutHeadingIsOwnedByWhatItSays() {
    assertThat(
            owners.ownerOf(
                null,
                "",
                "The vendor shall encrypt customer data at rest with AES-256 and enforce SSO and"
                    + " multi-factor authentication."))
        .isEqualTo("security-privacy");
  }

  @Test
  void theHeadingShortcutAgreesWithReadingTheWholeClause() {
    String[][] clauses = {
      {"Liability", "Indemnification of third-party claims is unlimited; liability is capped."},
      {"Support and maintenance", "Uptime of 99.5% and response times within four hours."},
      {"Confidentiality", "Confidential information is not disclosed; fees are confidential."},
      {"", "Governing law is the law of Ireland."},
      {"General", "Service credits apply when uptime falls below 99%."},
    };
    for (String[] clause : clauses) {
      assertThat(ClauseOwners.primaryType(clause[0], clause[1]))
          .as(clause[0])
          .isEqualTo(ClauseTypes.classify(clause[0], clause[1]).iterator().next());
    }
  }

  @Test
  void aChecklistVersionThatDoesNotExistOwnsNothing() {
    assertThat(owners.ownerOf(99, "Limitation of liability", "Liability is capped.")).isNull();
  }
}
