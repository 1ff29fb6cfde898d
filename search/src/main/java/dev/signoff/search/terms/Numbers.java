package dev.signoff.search.terms;

import static dev.signoff.search.terms.Terms.cue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers with units the way contracts write them: digits with thousands separators, words
 * ("seventy-two", "ninety-nine point nine"), both at once ("thirty (30)"), durations, percentages,
 * latencies, money and multipliers of fees. Every method reads {@linkplain Terms#fold(String)
 * folded} text.
 */
final class Numbers {

  /** A number with its unit found in a text; offsets are absolute in that text. */
  record Found(BigDecimal value, String unit, int start, int end) {}

  private static final Map<String, Integer> WORD_VALUES =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  private static final Map<String, Long> SCALES =
      Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  private static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety|hundred|thousand|million|billion)";
  private static final String WORDS =
      "\\b"
          + WORD
          + "(?:(?:[ \\t\\n-]+|(?<=hundred|thousand|million)\\s+and\\s+|\\s+point\\s+)"
          + WORD
          + ")*\\b";
  private static final String DIGITS =
      "(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\d,]\\d)";

  /** A number in digits, in words, or in words followed by digits in parentheses. */
  static final String NUMBER =
      "(?:" + WORDS + "(?:\\s*\\(\\s*\\d[\\d,.]*\\s*(?:%|percent)?\\s*\\))?|" + DIGITS + ")";

  private static final Cue DURATION =
      cue(
          "("
              + NUMBER
              + ")[\\s-]*(?:\\(\\s*\\d+\\s*\\)\\s*)?(?:(business|working|calendar)[\\s-]+)?"
              + "(hour|hr|day|week|month|year)s?\\b");
  private static final Cue PERCENT =
      cue("(" + NUMBER + ")\\s*(?:%|percent\\b|per\\s+cent\\b)(?:\\s*\\(\\s*[\\d.]+\\s*%\\s*\\))?");
  private static final Cue LATENCY =
      cue(
          "("
              + NUMBER
              + ")\\s*(?:\\(\\s*[\\d.]+\\s*\\)\\s*)?(ms|milliseconds?|seconds?|secs?|s)\\b");
  private static final String SCALE = "(?:\\s?(k|m|mm|mn|bn|thousand|million|billion)\\b)?";
  private static final Cue MONEY_BEFORE =
      cue("(US\\$|USD|EUR|GBP|CHF|\\$|€|£)\\s?(" + NUMBER + ")" + SCALE);
  private static final Cue MONEY_AFTER =
      cue(
          "("
              + NUMBER
              + ")"
              + SCALE
              + "\\s+(USD|EUR|GBP|CHF|US\\s+dollars|dollars|euros?|pounds(?:\\s+sterling)?)\\b");
  private static final Cue MULTIPLIER =
      cue("(?:(" + NUMBER + ")(\\s+and\\s+a\\s+half)?\\s*(?:x|×|times)\\b|\\b(twice|double)\\b)");
  private static final Pattern PAREN_DIGITS = Pattern.compile("\\(\\s*(\\d[\\d,.]*)");

  private Numbers() {}

  /** Durations in {@code hour}, {@code day}, {@code week}, {@code month} or {@code year}. */
  static List<Found> durations(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = region(DURATION, text, from, to);
    while (m.find()) {
      found.add(new Found(parse(m.group(1)), unit(m.group(3)), m.start(), m.end()));
    }
    return found;
  }

  /** The unit of a duration as {@link #inDays} reads it: "hr" is an hour. */
  private static String unit(String written) {
    String unit = written.toLowerCase(Locale.ROOT);
    return unit.equals("hr") ? "hour" : unit;
  }

  /** A duration in days: a week is 7, a month 30, a year 365; hours are divided by 24. */
  static BigDecimal inDays(Found duration) {
    return switch (duration.unit()) {
      case "hour" -> duration.value().divide(BigDecimal.valueOf(24), 2, RoundingMode.HALF_UP);
      case "week" -> duration.value().multiply(BigDecimal.valueOf(7));
      case "month" -> duration.value().multiply(BigDecimal.valueOf(30));
      case "year" -> duration.value().multiply(BigDecimal.valueOf(365));
      default -> duration.value();
    };
  }

  /** A duration in hours: a day, calendar or business, is 24 hours. */
  static BigDecimal inHours(Found duration) {
    return duration.unit().equals("hour")
        ? duration.value()
        : inDays(duration).multiply(BigDecimal.valueOf(24));
  }

  /** A duration in months: a year is 12, otherwise only whole months count. */
  static BigDecimal inMonths(Found duration) {
    return switch (duration.unit()) {
      case "year" -> duration.value().multiply(BigDecimal.valueOf(12));
      case "month" -> duration.value();
      default -> null;
    };
  }

  static List<Found> percents(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = region(PERCENT, text, from, to);
    while (m.find()) {
      found.add(new Found(parse(m.group(1)), "percent", m.start(), m.end()));
    }
    return found;
  }

  /** Latencies in milliseconds. */
  static List<Found> latencies(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = region(LATENCY, text, from, to);
    while (m.find()) {
      BigDecimal value = parse(m.group(1));
      boolean seconds = m.group(2).toLowerCase(Locale.ROOT).startsWith("s");
      found.add(
          new Found(
              seconds ? value.multiply(BigDecimal.valueOf(1000)) : value,
              "ms",
              m.start(),
              m.end()));
    }
    return found;
  }

  /** Amounts of money; the unit is the ISO currency code. */
  static List<Found> money(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = region(MONEY_BEFORE, text, from, to);
    while (m.find()) {
      found.add(amount(m.group(2), m.group(3), m.group(1), m.start(), m.end()));
    }
    m = region(MONEY_AFTER, text, from, to);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (found.stream().noneMatch(f -> f.start() <= start && f.end() >= start)) {
        found.add(amount(m.group(1), m.group(2), m.group(3), start, end));
      }
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /** Multipliers such as "1.5x", "two times", "one and a half times", "twice". */
  static List<Found> multipliers(String text, int from, int to) {
    List<Found> found = new ArrayList<>();
    Matcher m = region(MULTIPLIER, text, from, to);
    while (m.find()) {
      BigDecimal value;
      if (m.group(3) != null) {
        value = BigDecimal.valueOf(2);
      } else {
        value = parse(m.group(1));
        if (m.group(2) != null) {
          value = value.add(new BigDecimal("0.5"));
        }
      }
      found.add(new Found(value, "times", m.start(), m.end()));
    }
    return found;
  }

  private static Found amount(String number, String scale, String currency, int start, int end) {
    BigDecimal value = parse(number);
    if (scale != null) {
      value =
          value.multiply(
              switch (scale.toLowerCase(Locale.ROOT)) {
                case "k", "thousand" -> BigDecimal.valueOf(1_000);
                case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000);
                default -> BigDecimal.valueOf(1_000_000);
              });
    }
    return new Found(value, currencyCode(currency), start, end);
  }

  private static String currencyCode(String currency) {
    String c = currency.toLowerCase(Locale.ROOT);
    if (c.startsWith("eur") || c.equals(Terms.fold("€"))) {
      return "EUR";
    }
    if (c.startsWith("gbp") || c.startsWith("pound") || c.equals("£")) {
      return "GBP";
    }
    if (c.equals("chf")) {
      return "CHF";
    }
    return "USD";
  }

  /** Parses one number as matched by {@link #NUMBER}. */
  static BigDecimal parse(String number) {
    Matcher paren = PAREN_DIGITS.matcher(number);
    if (paren.find()) {
      return new BigDecimal(paren.group(1).replace(",", "").replaceAll("\\.$", ""));
    }
    String trimmed = number.trim();
    if (Character.isDigit(trimmed.charAt(0))) {
      return new BigDecimal(trimmed.replace(",", ""));
    }
    return parseWords(trimmed.toLowerCase(Locale.ROOT));
  }

  private static BigDecimal parseWords(String words) {
    String[] parts = words.split("\\s+point\\s+", 2);
    long total = 0;
    long current = 0;
    for (String token : parts[0].split("[\\s-]+")) {
      if (token.equals("and") || token.isEmpty()) {
        continue;
      }
      Long scale = SCALES.get(token);
      if (scale == null) {
        current += WORD_VALUES.get(token);
      } else if (scale == 100) {
        current = Math.max(current, 1) * 100;
      } else {
        total += Math.max(current, 1) * scale;
        current = 0;
      }
    }
    StringBuilder result = new StringBuilder(Long.toString(total + current));
    if (parts.length > 1) {
      result.append('.');
      for (String token : parts[1].split("[\\s-]+")) {
        Integer digit = WORD_VALUES.get(token);
        if (digit != null && digit < 10) {
          result.append(digit);
        }
      }
    }
    return new BigDecimal(result.toString());
  }

  private static Matcher region(Cue pattern, String text, int from, int to) {
    return pattern.matcher(text).region(from, to).useTransparentBounds(true);
  }
}
