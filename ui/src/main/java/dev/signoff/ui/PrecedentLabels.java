package dev.signoff.ui;

import dev.signoff.deal.HostingModel;
import dev.signoff.search.HitTerm;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.terms.TermField;
import dev.signoff.search.terms.TermUnit;
import java.math.BigDecimal;
import java.util.Locale;

/** The words shown for what precedent search reports in codes: facets, terms, units, outcomes. */
final class PrecedentLabels {

  private PrecedentLabels() {}

  static String facet(PrecedentFacet facet) {
    return switch (facet) {
      case VENDOR -> "Vendor";
      case MODEL -> "Model";
      case HOSTING_MODEL -> "Hosting";
      case RISK_TIER -> "Risk tier";
      case OUTCOME -> "Outcome";
      case YEAR -> "Year decided";
      case CLAUSE_TYPE -> "Clause type";
      case SECTION_DECISION -> "Section decision";
      case TRAINING_USE -> "Training on our data";
      case LIABILITY_CARVE_OUTS -> "Carve-outs from the liability cap";
      case PREVIOUS_VERSION_RIGHT -> "Right to stay on a previous model";
      case ESCROW -> "Escrow";
    };
  }

  /** A facet value as the index stores it, in words: {@code VENDOR_SAAS} → "Vendor-hosted SaaS". */
  static String facetValue(PrecedentFacet facet, String value) {
    return switch (facet) {
      case VENDOR, MODEL, YEAR -> value;
      case HOSTING_MODEL -> hosting(value);
      case LIABILITY_CARVE_OUTS, PREVIOUS_VERSION_RIGHT, ESCROW -> yesNo(value);
      default -> code(value);
    };
  }

  static String hosting(String hostingModel) {
    try {
      return HostingModel.valueOf(hostingModel).label();
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return code(hostingModel);
    }
  }

  /**
   * A code in words with a capital first letter: {@code APPROVED_WITH_CONDITIONS} → "Approved with
   * conditions".
   */
  static String code(String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  static String term(TermField field) {
    return switch (field) {
      case LIABILITY_CAP_MONTHS -> "Liability cap";
      case LIABILITY_CAP_AMOUNT -> "Liability cap amount";
      case LIABILITY_CARVE_OUTS -> "Carve-outs";
      case BREACH_NOTIFICATION_HOURS -> "Breach notice";
      case CHANGE_NOTICE_DAYS -> "Change notice";
      case PREVIOUS_VERSION_RIGHT -> "Previous model version";
      case UPTIME_PERCENT -> "Uptime";
      case LATENCY_P95_MS -> "Latency p95";
      case LATENCY_P99_MS -> "Latency p99";
      case PROMPT_RETENTION_DAYS -> "Prompt retention";
      case DELETION_AFTER_TERMINATION_DAYS -> "Deletion after exit";
      case TRAINING_USE -> "Training";
      case PRICE_INCREASE_CAP_PERCENT -> "Price increase cap";
      case USAGE_ALERT_THRESHOLD_PERCENT -> "Usage alert";
      case TERMINATION_CONVENIENCE_NOTICE_DAYS -> "Termination notice";
      case ESCROW -> "Escrow";
    };
  }

  /** The unit a numeric term's values and ranges are in, e.g. "hours"; "amount" for money. */
  static String unit(TermField field) {
    return switch (field) {
      case LIABILITY_CAP_MONTHS -> "months of fees";
      case LIABILITY_CAP_AMOUNT -> "amount";
      case BREACH_NOTIFICATION_HOURS -> "hours";
      case CHANGE_NOTICE_DAYS,
          PROMPT_RETENTION_DAYS,
          DELETION_AFTER_TERMINATION_DAYS,
          TERMINATION_CONVENIENCE_NOTICE_DAYS ->
          "days";
      case UPTIME_PERCENT, PRICE_INCREASE_CAP_PERCENT, USAGE_ALERT_THRESHOLD_PERCENT -> "%";
      case LATENCY_P95_MS, LATENCY_P99_MS -> "ms";
      default -> "";
    };
  }

  /** A term of a hit as a chip shows it, e.g. "Breach notice: 72 hours". */
  static String termValue(HitTerm term) {
    return term(term.field()) + ": " + value(term.normalised());
  }

  static String number(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private static String value(String normalised) {
    if (normalised == null) {
      return "";
    }
    if (normalised.equals("true") || normalised.equals("false")) {
      return yesNo(normalised);
    }
    int space = normalised.indexOf(' ');
    if (space > 0) {
      String unit = normalised.substring(space + 1);
      for (TermUnit known : TermUnit.values()) {
        if (known.name().equals(unit)) {
          String words = known == TermUnit.PERCENT ? "%" : code(unit).toLowerCase(Locale.ROOT);
          return normalised.substring(0, space) + (known == TermUnit.PERCENT ? "" : " ") + words;
        }
      }
      return normalised;
    }
    return code(normalised).toLowerCase(Locale.ROOT);
  }

  private static String yesNo(String value) {
    return switch (value) {
      case "true" -> "Yes";
      case "false" -> "No";
      default -> value;
    };
  }
}
