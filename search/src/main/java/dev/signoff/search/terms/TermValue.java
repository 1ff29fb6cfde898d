package dev.signoff.search.terms;

import java.math.BigDecimal;
import java.util.Locale;

/** The typed value of an extracted term. */
public sealed interface TermValue {

  /** The value as a stable, comparable text such as {@code 72 HOURS}, {@code 2000000 USD}. */
  String normalised();

  /** A number in a unit. */
  record Quantity(BigDecimal amount, TermUnit unit) implements TermValue {

    /** The amount is kept canonical, so {@code 90}, {@code 90.0} and {@code 9E+1} are equal. */
    public Quantity {
      amount = canonical(amount);
    }

    @Override
    public String normalised() {
      return amount.toPlainString() + " " + unit;
    }
  }

  /** An amount of money; currency is an ISO 4217 code. */
  record Money(BigDecimal amount, String currency) implements TermValue {

    /** The amount is kept canonical and the currency upper case. */
    public Money {
      amount = canonical(amount);
      currency = currency.toUpperCase(Locale.ROOT);
    }

    @Override
    public String normalised() {
      return amount.toPlainString() + " " + currency;
    }
  }

  /** Without trailing zeros and never in exponent form: 90.0 becomes 90, 99.90 becomes 99.9. */
  private static BigDecimal canonical(BigDecimal amount) {
    BigDecimal stripped = amount.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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
