package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class ChecklistDefinitionValidationTest {

  private static final String VALID =
      """
      version: 3
      sections:
        - id: risk-allocation
          title: Risk allocation
          owner: legal
          clauseKeywords: [liability, indemnif]
          items:
            - id: risk-allocation.liability-cap
              text: Is liability capped?
              guidance: 12 to 24 months of fees.
              evidence: Limitation of liability clause.
              required: true
            - id: risk-allocation.insurance
              text: Is the vendor insured?
              required: false
              when: {hostingModel: [VENDOR_SAAS], fineTuning: false}
      """;

  private static ChecklistDefinition read(String yaml) {
    return ChecklistDefinitionReader.read(
        "checklist-v3.yaml", 3, yaml.getBytes(StandardCharsets.UTF_8));
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertLoadingFails(String yaml) {
    return assertThatThrownBy(() -> read(yaml))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("checklist-v3.yaml");
  }

  @Test
  void validDefinitionsAreRead() {
    ChecklistDefinition definition = read(VALID);

    assertThat(definition.version()).isEqualTo(3);
    assertThat(definition.sectionsOf("legal").get(0).items())
        .extracting(ChecklistItem::id, ChecklistItem::required)
        .containsExactly(
            tuple("risk-allocation.liability-cap", true),
            tuple("risk-allocation.insurance", false));
  }

  @Test
  void itemsAreRequiredUnlessMarkedOptional() {
    String withoutRequired = VALID.replace("        required: true\n", "");
    assertThat(withoutRequired).isNotEqualTo(VALID);

    ChecklistDefinition definition = read(withoutRequired);

    assertThat(definition.sectionsOf("legal").get(0).items().get(0).required()).isTrue();
  }

  @Test
  void duplicateItemIdsFailLoading() {
    assertLoadingFails(
            VALID.replace("- id: risk-allocation.insurance", "- id: risk-allocation.liability-cap"))
        .hasMessageContaining(
            "duplicate item id 'risk-allocation.liability-cap' in section 'risk-allocation'");
  }

  @Test
  void duplicateItemIdsAcrossSectionsFailLoading() {
    assertLoadingFails(
            VALID
                + """
                  - id: exit
                    title: Exit
                    owner: legal
                    clauseKeywords: [termination]
                    items:
                      - id: risk-allocation.insurance
                        text: Is the vendor insured at exit?
                """)
        .hasMessageContaining("duplicate item id 'risk-allocation.insurance'")
        .hasMessageContaining("id must be 'exit.'");
  }

  @Test
  void unknownOwnerGroupFailsLoading() {
    assertLoadingFails(VALID.replace("owner: legal", "owner: lawyers"))
        .hasMessageContaining("unknown owner group 'lawyers'")
        .hasMessageContaining("security-privacy");
  }

  @Test
  void unknownWhenKeyFailsLoading() {
    assertLoadingFails(VALID.replace("fineTuning: false", "finetuning: false"))
        .hasMessageContaining("item 'risk-allocation.insurance'")
        .hasMessageContaining("unknown 'when' key 'finetuning'");
  }

  @Test
  void unknownWhenValueFailsLoading() {
    assertLoadingFails(VALID.replace("[VENDOR_SAAS]", "[VENDOR_SAAS, MAINFRAME]"))
        .hasMessageContaining("when.hostingModel: unknown value 'MAINFRAME'")
        .hasMessageContaining("ON_PREMISE, CUSTOMER_VPC, VENDOR_SAAS");
  }

  @Test
  void whenFlagThatIsNotTrueOrFalseFailsLoading() {
    assertLoadingFails(VALID.replace("fineTuning: false", "fineTuning: [ON_PREMISE]"))
        .hasMessageContaining("when.fineTuning must be true or false");
  }

  @Test
  void emptyWhenListFailsLoading() {
    assertLoadingFails(VALID.replace("[VENDOR_SAAS]", "[]"))
        .hasMessageContaining("when.hostingModel lists no values");
  }

  @Test
  void missingTextFailsLoading() {
    assertLoadingFails(VALID.replace("text: Is liability capped?", "guidance2: x"))
        .hasMessageContaining("unknown field 'guidance2'");
    assertLoadingFails(VALID.replace("        text: Is liability capped?\n", ""))
        .hasMessageContaining("item 'risk-allocation.liability-cap': 'text' is missing");
  }

  @Test
  void misspelledFieldFailsLoadingNamingItsItem() {
    assertLoadingFails(VALID.replace("guidance: 12", "guidence: 12"))
        .hasMessageContaining(
            "section 'risk-allocation', item 'risk-allocation.liability-cap': unknown field 'guidence'")
        .hasMessageContaining("known fields: evidence, guidance, id, required, text, when");
  }

  @Test
  void yamlSyntaxErrorFailsLoadingWithItsLine() {
    assertLoadingFails(VALID.replace("title: Risk allocation", "title: Risk: allocation"))
        .hasMessageContaining("line 4");
  }

  @Test
  void versionThatDoesNotMatchTheFileNameFailsLoading() {
    assertLoadingFails(VALID.replace("version: 3", "version: 4"))
        .hasMessageContaining("'version: 4' does not match the file name, which says version 3");
  }

  @Test
  void sectionWithoutClauseKeywordsFailsLoading() {
    assertLoadingFails(VALID.replace("clauseKeywords: [liability, indemnif]", "clauseKeywords: []"))
        .hasMessageContaining("section 'risk-allocation': 'clauseKeywords' is missing");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertLoadingFails(
            VALID.replace("owner: legal", "owner: lawyers").replace("[VENDOR_SAAS]", "[CLOUD]"))
        .hasMessageContaining("'lawyers'")
        .hasMessageContaining("'CLOUD'");
  }

  @Test
  void wrongTypeFailsLoadingNamingTheField() {
    assertLoadingFails(VALID.replace("required: false", "required: [maybe]"))
        .hasMessageContaining("item 'risk-allocation.insurance', field 'required'");
  }

  @Test
  void duplicateKeyInTheFileFailsLoading() {
    assertLoadingFails(
            VALID.replace("title: Risk allocation", "title: Risk allocation\n    title: Risk"))
        .hasMessageContaining("duplicate key title")
        .hasMessageContaining("line 5");
  }
}
