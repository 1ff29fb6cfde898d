package dev.signoff.search.terms;

/** The typed terms extracted from AI-deal clauses, each with the kind of value it carries. */
public enum TermField {
  /** Liability cap as months of fees ("fees paid in the 12 months", "1.5x the annual fees"). */
  LIABILITY_CAP_MONTHS(Kind.QUANTITY),
  /** Liability cap as a fixed amount with its currency. */
  LIABILITY_CAP_AMOUNT(Kind.MONEY),
  /** Whether claims are carved out of the cap (gross negligence, confidentiality, ...). */
  LIABILITY_CARVE_OUTS(Kind.FLAG),
  /** Hours within which a security incident or data breach must be notified. */
  BREACH_NOTIFICATION_HOURS(Kind.QUANTITY),
  /** Days of notice before material changes or model changes. */
  CHANGE_NOTICE_DAYS(Kind.QUANTITY),
  /** Whether the customer may stay on a previous model version. */
  PREVIOUS_VERSION_RIGHT(Kind.FLAG),
  /** Availability commitment in percent. */
  UPTIME_PERCENT(Kind.QUANTITY),
  /** 95th percentile latency in milliseconds. */
  LATENCY_P95_MS(Kind.QUANTITY),
  /** 99th percentile latency in milliseconds. */
  LATENCY_P99_MS(Kind.QUANTITY),
  /** Days prompts and outputs are retained (0 for no retention). */
  PROMPT_RETENTION_DAYS(Kind.QUANTITY),
  /** Days within which customer data is deleted after termination or expiry. */
  DELETION_AFTER_TERMINATION_DAYS(Kind.QUANTITY),
  /** Whether the vendor may train on customer data. */
  TRAINING_USE(Kind.TRAINING),
  /** Cap on price increases in percent. */
  PRICE_INCREASE_CAP_PERCENT(Kind.QUANTITY),
  /** Usage alert thresholds in percent of committed volume, one term per threshold. */
  USAGE_ALERT_THRESHOLD_PERCENT(Kind.QUANTITY),
  /** Days of notice to terminate for convenience. */
  TERMINATION_CONVENIENCE_NOTICE_DAYS(Kind.QUANTITY),
  /** Whether source code or model artefacts are held in escrow. */
  ESCROW(Kind.FLAG);

  /** The kind of value a field carries. */
  public enum Kind {
    QUANTITY,
    MONEY,
    FLAG,
    TRAINING
  }

  private final Kind kind;

  TermField(Kind kind) {
    this.kind = kind;
  }

  /** The kind of value this field carries. */
  public Kind kind() {
    return kind;
  }
}
