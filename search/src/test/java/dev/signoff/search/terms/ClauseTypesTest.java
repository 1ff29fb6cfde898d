package dev.signoff.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClauseTypesTest {

  @Test
  void headingDecidesThePrimaryType() {
    assertThat(
            ClauseTypes.classify(
                "Limitation of Liability", "Each party's liability shall not exceed the fees."))
        .first()
        .isEqualTo(ClauseType.LIABILITY_CAP);
    assertThat(
            ClauseTypes.classify(
                "Indemnification", "Vendor shall defend Customer against third-party claims."))
        .first()
        .isEqualTo(ClauseType.INDEMNITY);
  }

  @Test
  void ignoresNumberingAndMarkdownMarkersInTheHeading() {
    assertThat(ClauseTypes.classify("## 12.3 **Escrow**", "")).containsExactly(ClauseType.ESCROW);
    assertThat(ClauseTypes.classify("Article IV - Insurance", ""))
        .containsExactly(ClauseType.INSURANCE);
    assertThat(ClauseTypes.classify("(c) Subprocessors", ""))
        .containsExactly(ClauseType.SUBPROCESSORS);
  }

  @Test
  void doesNotReadAHeadingsFirstLetterAsARomanNumeral() {
    assertThat(ClauseTypes.classify("Intellectual Property", ""))
        .containsExactly(ClauseType.INTELLECTUAL_PROPERTY);
    assertThat(ClauseTypes.classify("Incident response", ""))
        .containsExactly(ClauseType.BREACH_NOTIFICATION);
  }

  @Test
  void typesAClauseWithoutHeadingByItsWording() {
    assertThat(
            ClauseTypes.classify(
                "",
                "Vendor shall not use Customer Data to train models, and Customer may opt out of any fine-tuning programme."))
        .first()
        .isEqualTo(ClauseType.DATA_RIGHTS);
    assertThat(
            ClauseTypes.classify(
                "",
                "The Service shall have uptime of 99.9% and P95 latency below 300 ms; service credits apply."))
        .first()
        .isEqualTo(ClauseType.SERVICE_LEVELS);
  }

  @Test
  void listsSecondaryTypesAfterThePrimary() {
    assertThat(
            ClauseTypes.classify(
                "Security",
                "Vendor encrypts data with AES-256 and TLS. Vendor shall notify Customer of a Security Incident"
                    + " or data breach within 24 hours; unauthorised access to data is a data breach."))
        .containsSequence(ClauseType.SECURITY_CONTROLS, ClauseType.BREACH_NOTIFICATION);
  }

  @Test
  void fallsBackToGeneralForBoilerplate() {
    assertThat(
            ClauseTypes.classify(
                "Governing law", "This Agreement is governed by the laws of Ireland."))
        .containsExactly(ClauseType.GENERAL);
    assertThat(
            ClauseTypes.classify("", "The parties have signed this Agreement on the date below."))
        .containsExactly(ClauseType.GENERAL);
    assertThat(ClauseTypes.classify(null, null)).containsExactly(ClauseType.GENERAL);
  }
}
