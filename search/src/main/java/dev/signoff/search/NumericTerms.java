package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numeric term values are stored: as fixed-point longs with three decimals, which is exact for
 * every unit the extractor produces (percent such as 99.95, hours, days, milliseconds, money).
 *
 * <p>For ranges each field has its own point field. For min/max and histograms all numeric values
 * of a document sit in one sorted-numeric doc-values field, each value tagged with its field in the
 * high bits, so one doc-values lookup per hit yields every numeric term of the hit, grouped by
 * field and ascending within a field.
 */
final class NumericTerms {

  static final int DECIMALS = 3;

  private static final int VALUE_BITS = 52;

  /** Values are clamped into 52 bits: up to about 4.5 trillion in the field's unit. */
  static final long MAX_SCALED = (1L << VALUE_BITS) - 1;

  private static final TermField[] FIELDS = TermField.values();

  private NumericTerms() {}

  static boolean isNumeric(TermField field) {
    return field.kind() == TermField.Kind.QUANTITY || field.kind() == TermField.Kind.MONEY;
  }

  /** The name of the point field that ranges of {@code field} are searched on. */
  static String pointField(TermField field) {
    return "range." + field.name();
  }

  static long scale(BigDecimal value) {
    return clamp(value.movePointRight(DECIMALS).setScale(0, RoundingMode.HALF_UP).longValue());
  }

  /** The lowest scaled value that is not below {@code value}. */
  static long scaleUp(BigDecimal value) {
    return clamp(value.movePointRight(DECIMALS).setScale(0, RoundingMode.CEILING).longValue());
  }

  /** The highest scaled value that is not above {@code value}. */
  static long scaleDown(BigDecimal value) {
    return clamp(value.movePointRight(DECIMALS).setScale(0, RoundingMode.FLOOR).longValue());
  }

  static BigDecimal unscale(long scaled) {
    BigDecimal value = BigDecimal.valueOf(scaled, DECIMALS).stripTrailingZeros();
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** A field and a scaled value as one doc value. */
  static long tag(TermField field, long scaled) {
    return ((long) field.ordinal() << VALUE_BITS) | scaled;
  }

  static int fieldOrdinal(long tagged) {
    return (int) (tagged >>> VALUE_BITS);
  }

  static TermField field(int ordinal) {
    return FIELDS[ordinal];
  }

  static long scaledValue(long tagged) {
    return tagged & MAX_SCALED;
  }

  private static long clamp(long scaled) {
    return Math.max(0, Math.min(MAX_SCALED, scaled));
  }
}
