package dev.signoff.review;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Counts business days (Monday to Friday) in a time zone. */
final class BusinessDays {

  private BusinessDays() {}

  /**
   * The instant {@code days} business days after (or, when negative, before) {@code from}, at the
   * same time of day. A start on a weekend counts from the next Monday.
   */
  static Instant add(Instant from, int days, ZoneId zone) {
    ZonedDateTime date = from.atZone(zone);
    int step = days >= 0 ? 1 : -1;
    while (isWeekend(date)) {
      date = date.plusDays(step);
    }
    int remaining = Math.abs(days);
    while (remaining > 0) {
      date = date.plusDays(step);
      if (!isWeekend(date)) {
        remaining--;
      }
    }
    return date.toInstant();
  }

  private static boolean isWeekend(ZonedDateTime date) {
    DayOfWeek day = date.getDayOfWeek();
    return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
  }
}
