package dev.signoff.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How dates are shown. */
final class Formats {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

  private Formats() {}

  static String date(Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  static String dateTime(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}
