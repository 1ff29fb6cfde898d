package dev.signoff.search;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Narrows clause hits to those with a numeric term in a closed range, in the field's normalised
 * unit (months of fees, hours, days, percent, milliseconds; an amount for {@link
 * TermField#LIABILITY_CAP_AMOUNT}).
 *
 * @param min the lowest value matched, or null for no lower bound
 * @param max the highest value matched, or null for no upper bound
 */
public record TermRange(TermField field, BigDecimal min, BigDecimal max) {

  public TermRange {
    Objects.requireNonNull(field, "field");
    if (field.kind() != TermField.Kind.QUANTITY && field.kind() != TermField.Kind.MONEY) {
      throw new IllegalArgumentException(field + " is not numeric; narrow by its facet instead");
    }
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "The range of " + field + " starts above its end: " + min + " > " + max);
    }
  }
}
