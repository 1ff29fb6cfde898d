package dev.signoff.search.terms;

/**
 * The unit a numeric term is normalised to.
 *
 * <p>Conversions: durations that a field measures in days take a week as 7 days, a month as 30 and
 * a year as 365; durations measured in hours take a day (calendar or business) as 24 hours, so "3
 * business days" is 72 hours. Latencies are in milliseconds ("0.25 seconds" is 250).
 */
public enum TermUnit {
  MONTHS_OF_FEES,
  HOURS,
  DAYS,
  PERCENT,
  MILLISECONDS
}
