package dev.signoff.search.corpus;

import java.util.Locale;
import java.util.SplittableRandom;

/** Writes numbers, money and percentages the several ways contracts spell them. */
final class Numerals {

  private static final String[] SMALL = {
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen"
  };
  private static final String[] TENS = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"
  };
  private static final String[] ROMAN_SYMBOLS = {
    "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"
  };
  private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};

  private Numerals() {}

  /** English words for 0 to 999,999, hyphenated the usual way ("seventy-two"). */
  static String words(int n) {
    if (n < 0 || n > 999_999) {
      throw new IllegalArgumentException("No words for " + n);
    }
    if (n < 20) {
      return SMALL[n];
    }
    if (n < 100) {
      return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + SMALL[n % 10]);
    }
    if (n < 1000) {
      return SMALL[n / 100] + " hundred" + (n % 100 == 0 ? "" : " and " + words(n % 100));
    }
    return words(n / 1000) + " thousand" + (n % 1000 == 0 ? "" : " " + words(n % 1000));
  }

  static String roman(int n) {
    StringBuilder out = new StringBuilder();
    int rest = n;
    for (int i = 0; i < ROMAN_VALUES.length; i++) {
      while (rest >= ROMAN_VALUES[i]) {
        out.append(ROMAN_SYMBOLS[i]);
        rest -= ROMAN_VALUES[i];
      }
    }
    return out.toString();
  }

  /** A count as digits, words, or words with the digits in brackets, chosen at random. */
  static String count(SplittableRandom random, int n) {
    int style = random.nextInt(10);
    if (style < 4 || n > 400) {
      return Integer.toString(n);
    }
    if (style < 8) {
      return words(n) + " (" + n + ")";
    }
    return words(n);
  }

  /** A count followed by its unit, singular for one: "thirty (30) days", "1 year". */
  static String quantity(SplittableRandom random, int n, String unit) {
    return count(random, n) + " " + (n == 1 ? unit : unit + "s");
  }

  /** A percentage: "99.9%", "99.9 percent" or "99.9 per cent". */
  static String percent(SplittableRandom random, String number) {
    return switch (random.nextInt(6)) {
      case 0, 1, 2 -> number + "%";
      case 3, 4 -> number + " percent";
      default -> number + " per cent";
    };
  }

  /** A whole percentage, sometimes in words: "five percent (5%)". */
  static String wholePercent(SplittableRandom random, int n) {
    return switch (random.nextInt(5)) {
      case 0 -> words(n) + " percent (" + n + "%)";
      case 1 -> n + " percent";
      default -> n + "%";
    };
  }

  /** An amount of money in one of the usual notations: "USD 2,000,000", "EUR 500k", "$1.5M". */
  static String money(SplittableRandom random, long amount, String currency) {
    String symbol =
        switch (currency) {
          case "USD" -> "$";
          case "EUR" -> "€";
          case "GBP" -> "£";
          default -> currency + " ";
        };
    String grouped = String.format(Locale.ROOT, "%,d", amount);
    if (amount % 1_000_000 == 0 && random.nextInt(8) == 0) {
      String name =
          switch (currency) {
            case "USD" -> "US dollars";
            case "EUR" -> "euros";
            case "GBP" -> "pounds sterling";
            default -> currency;
          };
      return words((int) (amount / 1_000_000))
          + " million "
          + name
          + " ("
          + currency
          + " "
          + grouped
          + ")";
    }
    return switch (random.nextInt(6)) {
      case 0, 1 -> currency + " " + grouped;
      case 2 -> symbol + grouped;
      case 3 -> currency + " " + shortAmount(amount, "k", "M");
      case 4 -> symbol + shortAmount(amount, "k", "M");
      default -> currency + " " + shortAmount(amount, " thousand", " million");
    };
  }

  private static String shortAmount(long amount, String thousand, String million) {
    if (amount >= 1_000_000) {
      return decimal(amount / 1_000_000.0) + million;
    }
    return decimal(amount / 1_000.0) + thousand;
  }

  private static String decimal(double value) {
    if (value == Math.rint(value)) {
      return Long.toString((long) value);
    }
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
