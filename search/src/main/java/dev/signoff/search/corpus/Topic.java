package dev.signoff.search.corpus;

import dev.signoff.search.terms.ClauseType;

/** The review topics a synthetic contract is written from, each owned by one review group. */
enum Topic {
  DEFINITIONS(ClauseType.GENERAL, "legal"),
  SCOPE(ClauseType.SCOPE_AND_USE_CASES, "product"),
  DEPLOYMENT(ClauseType.SCOPE_AND_USE_CASES, "engineering"),
  DATA_RIGHTS(ClauseType.DATA_RIGHTS, "security-privacy"),
  OUTPUTS(ClauseType.INTELLECTUAL_PROPERTY, "legal"),
  RETENTION(ClauseType.RETENTION_AND_DELETION, "security-privacy"),
  PRIVACY(ClauseType.PRIVACY, "security-privacy"),
  SUBPROCESSORS(ClauseType.SUBPROCESSORS, "security-privacy"),
  SECURITY(ClauseType.SECURITY_CONTROLS, "security-privacy"),
  BREACH(ClauseType.BREACH_NOTIFICATION, "security-privacy"),
  AVAILABILITY(ClauseType.SERVICE_LEVELS, "engineering"),
  LATENCY(ClauseType.SERVICE_LEVELS, "engineering"),
  QUALITY(ClauseType.MODEL_QUALITY, "engineering"),
  LIABILITY(ClauseType.LIABILITY_CAP, "legal"),
  INDEMNITY(ClauseType.INDEMNITY, "legal"),
  INSURANCE(ClauseType.INSURANCE, "legal"),
  CHANGES(ClauseType.CHANGE_MANAGEMENT, "engineering"),
  GOVERNANCE(ClauseType.GOVERNANCE, "product"),
  AUDIT(ClauseType.AUDIT_RIGHTS, "security-privacy"),
  PRICING(ClauseType.PRICING, "product"),
  IP(ClauseType.INTELLECTUAL_PROPERTY, "legal"),
  CONFIDENTIALITY(ClauseType.CONFIDENTIALITY, "legal"),
  TESTING(ClauseType.TESTING_AND_ROLLOUT, "engineering"),
  TERMINATION(ClauseType.TERMINATION_AND_EXIT, "legal"),
  EXIT(ClauseType.RETENTION_AND_DELETION, "security-privacy"),
  ESCROW(ClauseType.ESCROW, "legal"),
  GENERAL(ClauseType.GENERAL, "legal");

  private final ClauseType type;
  private final String owner;

  Topic(ClauseType type, String owner) {
    this.type = type;
    this.owner = owner;
  }

  ClauseType type() {
    return type;
  }

  /** The review group owning clauses of this topic. */
  String owner() {
    return owner;
  }
}
