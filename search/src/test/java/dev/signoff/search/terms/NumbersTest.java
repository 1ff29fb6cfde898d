package dev.signoff.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumbersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "72 | 72",
        "2,000,000 | 2000000",
        "99.9 | 99.9",
        "seventy-two | 72",
        "thirty (30) | 30",
        "one hundred and twenty | 120",
        "ninety-nine point nine | 99.9",
        "ninety-nine point nine five | 99.95",
        "two million | 2000000",
        "seven hundred fifty thousand | 750000"
      })
  void parsesNumbersInDigitsAndWords(String written, String expected) {
    assertThat(Numbers.parse(written)).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "within 72 hours | 72",
        "3 business days | 72",
        "two (2) days | 48",
        "one week | 168"
      })
  void convertsDurationsToHours(String text, String hours) {
    Numbers.Found found = Numbers.durations(Terms.fold(text), 0, text.length()).get(0);
    assertThat(Numbers.inHours(found)).isEqualByComparingTo(new BigDecimal(hours));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"thirty (30) days | 30", "two weeks | 14", "3 months | 90", "one year | 365"})
  void convertsDurationsToDays(String text, String days) {
    Numbers.Found found = Numbers.durations(Terms.fold(text), 0, text.length()).get(0);
    assertThat(Numbers.inDays(found)).isEqualByComparingTo(new BigDecimal(days));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "USD 2,000,000 | 2000000 | USD",
        "$2M | 2000000 | USD",
        "€500k | 500000 | EUR",
        "two million euros | 2000000 | EUR",
        "£1.5 million | 1500000 | GBP",
        "US$250,000 | 250000 | USD"
      })
  void readsMoney(String text, String amount, String currency) {
    Numbers.Found found = Numbers.money(Terms.fold(text), 0, text.length()).get(0);
    assertThat(found.value()).isEqualByComparingTo(new BigDecimal(amount));
    assertThat(found.unit()).isEqualTo(currency);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"250 milliseconds | 250", "0.25 seconds | 250", "300ms | 300", "1.2 s | 1200"})
  void readsLatenciesInMilliseconds(String text, String ms) {
    assertThat(Numbers.latencies(Terms.fold(text), 0, text.length()).get(0).value())
        .isEqualByComparingTo(new BigDecimal(ms));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "99.9% | 99.9",
        "ninety-nine point nine percent | 99.9",
        "ten per cent | 10",
        "five percent (5%) | 5"
      })
  void readsPercentages(String text, String percent) {
    assertThat(Numbers.percents(Terms.fold(text), 0, text.length()).get(0).value())
        .isEqualByComparingTo(new BigDecimal(percent));
  }
}
