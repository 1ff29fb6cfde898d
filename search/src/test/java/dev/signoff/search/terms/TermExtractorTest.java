package dev.signoff.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

  /** The normalised values of one field extracted from a clause. */
  private static List<String> values(TermField field, String heading, String text) {
    return TermExtractor.extract(heading, text).stream()
        .filter(t -> t.field() == field)
        .map(t -> t.value().normalised())
        .toList();
  }

  private static List<String> values(TermField field, String text) {
    return values(field, "", text);
  }

  @Test
  void everySpanPointsAtItsEvidenceInTheText() {
    String text =
        "Vendor's aggregate liability shall not exceed USD 2,000,000 or the fees paid in the twelve"
            + " (12) months before the claim, except for gross negligence. Vendor shall notify"
            + " Customer of a Security Incident within seventy-two hours.";
    List<ExtractedTerm> terms = TermExtractor.extract("Liability", text);
    assertThat(terms).hasSize(4);
    assertThat(terms)
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.matchedText()));
    assertThat(terms)
        .extracting(ExtractedTerm::matchedText)
        .contains("USD 2,000,000", "twelve (12) months", "seventy-two hours");
  }

  @Test
  void returnsNothingForAClauseWithoutTerms() {
    assertThat(
            TermExtractor.extract(
                "Governing law", "This Agreement is governed by the laws of New York."))
        .isEmpty();
    assertThat(TermExtractor.extract(null, "")).isEmpty();
  }

  @Nested
  class LiabilityCap {

    @Test
    void readsMonthsOfFeesWrittenInWordsAndDigits() {
      assertThat(
              values(
                  TermField.LIABILITY_CAP_MONTHS,
                  "Each party's liability shall not exceed the fees paid in the twelve (12) months preceding the claim."))
          .containsExactly("12 MONTHS_OF_FEES");
    }

    @Test
    void multipliesAMultipleOfTheFeesByTheirPeriod() {
      assertThat(
              values(
                  TermField.LIABILITY_CAP_MONTHS,
                  "Liability is limited to 1.5x the fees paid in the preceding 12 months."))
          .containsExactly("18 MONTHS_OF_FEES");
      assertThat(
              values(
                  TermField.LIABILITY_CAP_MONTHS,
                  "Vendor's aggregate liability shall not exceed two times the annual fees."))
          .containsExactly("24 MONTHS_OF_FEES");
    }

    @Test
    void readsAmountsInTheWaysContractsWriteThem() {
      assertThat(
              values(TermField.LIABILITY_CAP_AMOUNT, "Liability shall not exceed USD 2,000,000."))
          .containsExactly("2000000 USD");
      assertThat(values(TermField.LIABILITY_CAP_AMOUNT, "Liability is capped at $2M."))
          .containsExactly("2000000 USD");
      assertThat(values(TermField.LIABILITY_CAP_AMOUNT, "Total liability is limited to €500k."))
          .containsExactly("500000 EUR");
      assertThat(
              values(
                  TermField.LIABILITY_CAP_AMOUNT,
                  "Liability is limited to two million euros in the aggregate."))
          .containsExactly("2000000 EUR");
      assertThat(values(TermField.LIABILITY_CAP_AMOUNT, "Liability shall not exceed £1.5 million."))
          .containsExactly("1500000 GBP");
    }

    @Test
    void ignoresLimitationPeriodsAndInsuranceAmounts() {
      assertThat(
              values(
                  TermField.LIABILITY_CAP_MONTHS,
                  "Liability is limited as set out in Section 7.2. Claims must be brought within twelve months after the cause of action arose."))
          .isEmpty();
      assertThat(
              values(
                  TermField.LIABILITY_CAP_AMOUNT,
                  "Vendor shall maintain liability insurance of not less than USD 5,000,000 per claim."))
          .isEmpty();
    }

    @Test
    void findsCarveOutsFromTheCap() {
      assertThat(
              values(
                  TermField.LIABILITY_CARVE_OUTS,
                  "Limitation of liability",
                  "The cap shall not apply to gross negligence, wilful misconduct or breach of confidentiality."))
          .containsExactly("true");
      assertThat(
              values(
                  TermField.LIABILITY_CARVE_OUTS,
                  "Limitation of liability",
                  "The cap applies to all claims, including gross negligence, without exception."))
          .containsExactly("false");
      assertThat(
              values(
                  TermField.LIABILITY_CARVE_OUTS,
                  "Limitation of liability",
                  "Liability shall not exceed the fees paid in the 12 months before the claim."))
          .isEmpty();
    }
  }

  @Nested
  class Notices {

    @Test
    void readsBreachNotificationInHours() {
      assertThat(
              values(
                  TermField.BREACH_NOTIFICATION_HOURS,
                  "Vendor shall notify Customer of any Security Incident within seventy-two (72) hours."))
          .containsExactly("72 HOURS");
    }

    @Test
    void countsABusinessDayAsTwentyFourHours() {
      assertThat(
              values(
                  TermField.BREACH_NOTIFICATION_HOURS,
                  "Vendor will report a data breach to Customer within 3 business days."))
          .containsExactly("72 HOURS");
    }

    @Test
    void doesNotTakeRemediationOrReportDeadlinesForNotification() {
      assertThat(
              values(
                  TermField.BREACH_NOTIFICATION_HOURS,
                  "Vendor shall notify Customer of a security incident within 24 hours and deliver a written root-cause report within 10 days."))
          .containsExactly("24 HOURS");
      assertThat(
              values(
                  TermField.BREACH_NOTIFICATION_HOURS,
                  "Either party may terminate for material breach not cured within 30 days after notice."))
          .isEmpty();
    }

    @Test
    void readsNoticeOfModelChangesInDaysConvertingWeeksAndMonths() {
      assertThat(
              values(
                  TermField.CHANGE_NOTICE_DAYS,
                  "Vendor shall give ninety (90) days' notice before deprecating a model version."))
          .containsExactly("90 DAYS");
      assertThat(
              values(
                  TermField.CHANGE_NOTICE_DAYS,
                  "Material changes to the Service will be announced two weeks in advance."))
          .containsExactly("14 DAYS");
      assertThat(
              values(
                  TermField.CHANGE_NOTICE_DAYS,
                  "Vendor will publish a deprecation notice six (6) months before a model version is retired."))
          .containsExactly("180 DAYS");
    }

    @Test
    void ignoresNoticeOfPriceAndSubprocessorChanges() {
      assertThat(
              values(
                  TermField.CHANGE_NOTICE_DAYS, "Vendor may change its prices on 60 days' notice."))
          .isEmpty();
      assertThat(
              values(
                  TermField.CHANGE_NOTICE_DAYS,
                  "Vendor will give 30 days' notice before replacing a Subprocessor."))
          .isEmpty();
    }

    @Test
    void readsTheRightToStayOnAPreviousModelVersionWithItsDirection() {
      assertThat(
              values(
                  TermField.PREVIOUS_VERSION_RIGHT,
                  "Customer may remain on the previous model version for 12 months."))
          .containsExactly("true");
      assertThat(
              values(
                  TermField.PREVIOUS_VERSION_RIGHT,
                  "Customer may not remain on a deprecated model version."))
          .containsExactly("false");
      assertThat(
              values(
                  TermField.PREVIOUS_VERSION_RIGHT,
                  "Provider has no obligation to maintain earlier versions of the model."))
          .containsExactly("false");
    }
  }

  @Nested
  class ServiceLevels {

    @Test
    void readsUptimeInDigitsAndWords() {
      assertThat(
              values(TermField.UPTIME_PERCENT, "The Service shall be available 99.9% of the time."))
          .containsExactly("99.9 PERCENT");
      assertThat(
              values(
                  TermField.UPTIME_PERCENT,
                  "Uptime shall be ninety-nine point nine percent per month."))
          .containsExactly("99.9 PERCENT");
    }

    @Test
    void ignoresServiceCreditPercentages() {
      assertThat(
              values(
                  TermField.UPTIME_PERCENT,
                  "If availability falls below the SLA, Customer receives a credit of 10% of the monthly fees."))
          .isEmpty();
    }

    @Test
    void readsPercentileLatenciesInMilliseconds() {
      String text =
          "P95 latency shall not exceed 250 milliseconds and P99 latency shall not exceed 0.25 seconds.";
      assertThat(values(TermField.LATENCY_P95_MS, text)).containsExactly("250 MILLISECONDS");
      assertThat(values(TermField.LATENCY_P99_MS, text)).containsExactly("250 MILLISECONDS");
    }

    @Test
    void readsALatencyWrittenBeforeItsPercentile() {
      String text =
          "Latency shall not exceed 300 ms at the 95th percentile, nor 1 second at the 99th percentile.";
      assertThat(values(TermField.LATENCY_P95_MS, text)).containsExactly("300 MILLISECONDS");
      assertThat(values(TermField.LATENCY_P99_MS, text)).containsExactly("1000 MILLISECONDS");
    }
  }

  @Nested
  class DataUse {

    @Test
    void readsRetentionOfPromptsAndOutputs() {
      assertThat(
              values(
                  TermField.PROMPT_RETENTION_DAYS, "Prompts and outputs are retained for 30 days."))
          .containsExactly("30 DAYS");
      assertThat(
              values(TermField.PROMPT_RETENTION_DAYS, "Vendor shall not store prompts or outputs."))
          .containsExactly("0 DAYS");
    }

    @Test
    void ignoresRetentionOfAuditLogs() {
      assertThat(
              values(
                  TermField.PROMPT_RETENTION_DAYS,
                  "Audit logs of administrator sign-ins are retained for one year."))
          .isEmpty();
    }

    @Test
    void readsDeletionAfterTermination() {
      assertThat(
              values(
                  TermField.DELETION_AFTER_TERMINATION_DAYS,
                  "Within thirty (30) days after termination, Vendor shall delete all Customer Data."))
          .containsExactly("30 DAYS");
      assertThat(
              values(
                  TermField.DELETION_AFTER_TERMINATION_DAYS,
                  "Following expiry, Supplier shall destroy Customer Data within 3 months."))
          .containsExactly("90 DAYS");
    }

    @Test
    void readsTheDirectionOfTrainingOnCustomerData() {
      assertThat(
              values(
                  TermField.TRAINING_USE, "Vendor shall not use Customer Data to train any model."))
          .containsExactly("PROHIBITED");
      assertThat(
              values(
                  TermField.TRAINING_USE,
                  "Vendor may use Customer Data to train its models only with Customer's prior written opt-in."))
          .containsExactly("OPT_IN");
      assertThat(
              values(
                  TermField.TRAINING_USE,
                  "Vendor may use prompts to train its models unless Customer opts out."))
          .containsExactly("OPT_OUT");
      assertThat(
              values(
                  TermField.TRAINING_USE,
                  "Customer grants Vendor a licence to use Customer Data to train Vendor's models."))
          .containsExactly("PERMITTED");
    }

    @Test
    void doesNotTakeFineTunedWeightsForTraining() {
      assertThat(
              values(
                  TermField.TRAINING_USE,
                  "On termination, Customer Data and fine-tuned weights will be deleted within 14 days unless Customer requests their export."))
          .isEmpty();
    }
  }

  @Nested
  class Pricing {

    @Test
    void readsThePriceIncreaseCap() {
      assertThat(
              values(
                  TermField.PRICE_INCREASE_CAP_PERCENT,
                  "Vendor may increase the Fees once a year by no more than five percent (5%)."))
          .containsExactly("5 PERCENT");
    }

    @Test
    void ignoresPerTokenPricesInterestAndDiscounts() {
      assertThat(
              values(
                  TermField.PRICE_INCREASE_CAP_PERCENT,
                  "Fees are USD 0.40 per 1,000 tokens. Late payments bear interest at 1.5% per month. Prices may increase after a 10% discount ends."))
          .isEmpty();
    }

    @Test
    void readsEveryAlertThresholdOfAList() {
      assertThat(
              values(
                  TermField.USAGE_ALERT_THRESHOLD_PERCENT,
                  "Vendor shall send alerts at 50%, 80% and 100% of the committed volume."))
          .containsExactly("50 PERCENT", "80 PERCENT", "100 PERCENT");
    }

    @Test
    void doesNotTakeThrottlingLevelsForAlerts() {
      assertThat(
              values(
                  TermField.USAGE_ALERT_THRESHOLD_PERCENT,
                  "Vendor will alert Customer when usage reaches 80% of the quota, and traffic will be suspended at 150% of the quota."))
          .containsExactly("80 PERCENT");
    }
  }

  @Nested
  class Exit {

    @Test
    void readsTheNoticeToTerminateForConvenience() {
      assertThat(
              values(
                  TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS,
                  "Customer may terminate for convenience upon thirty (30) days' prior written notice."))
          .containsExactly("30 DAYS");
    }

    @Test
    void ignoresPaymentTermsAndCurePeriods() {
      assertThat(
              values(
                  TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS,
                  "Invoices are payable 30 days after invoice. Either party may terminate for material breach not cured within 30 days."))
          .isEmpty();
      assertThat(
              values(
                  TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS,
                  "Customer may terminate for convenience at any time; prepaid fees are refunded within 30 days after termination."))
          .isEmpty();
    }

    @Test
    void readsEscrowAndItsAbsence() {
      assertThat(
              values(
                  TermField.ESCROW,
                  "Vendor shall deposit the source code and model weights in escrow."))
          .containsExactly("true");
      assertThat(values(TermField.ESCROW, "No escrow is provided.")).containsExactly("false");
      assertThat(
              values(
                  TermField.ESCROW,
                  "Vendor shall not be required to deposit any materials in escrow."))
          .containsExactly("false");
    }
  }

  @Test
  void valuesAreCanonicalSoTheyCompareEqual() {
    ExtractedTerm notice =
        TermExtractor.extract(
                "", "Vendor shall give 90 days' notice before retiring a model version.")
            .get(0);
    assertThat(notice.value())
        .isEqualTo(new TermValue.Quantity(new BigDecimal("90.0"), TermUnit.DAYS));
    ExtractedTerm cap =
        TermExtractor.extract("", "Liability shall not exceed $2.5 million.").get(0);
    assertThat(cap.value()).isEqualTo(new TermValue.Money(new BigDecimal("2500000"), "usd"));
  }

  @Test
  void quantitiesCarryTheirUnit() {
    ExtractedTerm term = TermExtractor.extract("", "Uptime will be 99.5%.").get(0);
    assertThat(term.value())
        .isEqualTo(new TermValue.Quantity(new BigDecimal("99.5"), TermUnit.PERCENT));
  }
}
