package dev.signoff.search.terms;

import java.math.BigDecimal;
import java.util.Locale;

/** The typed value of an extracted term. */
public sealed interface TermValue {

  /** The value as a stable, comparable text such as {@code 72 HOURS}, {@code 2000000 USD}. */
  String normalised();

  /** A number in a unit. */
  record Quantity(BigDecimal amount, TermUnit unit) implements TermValue {
    @Override
    public String normalised() {
      return amount.stripTrailingZeros().toPlainString() + " " + unit;
    }
  }

  /** An amount of money; currency is an ISO 4217 code. */
  record Money(BigDecimal amount, String currency) implements TermValue {
    @Override
    public String normalised() {
      return amount.stripTrailingZeros().toPlainString() + " " + currency.toUpperCase(Locale.ROOT);
    }
  }

  /** Yes or no. */
  record Flag(boolean value) implements TermValue {
    @Override
    public String normalised() {
      return Boolean.toString(value);
    }
  }

  /** Whether training on customer data is allowed. */
  record Training(TrainingUse use) implements TermValue {
    @Override
    public String normalised() {
      return use.name();
    }
  }
}
