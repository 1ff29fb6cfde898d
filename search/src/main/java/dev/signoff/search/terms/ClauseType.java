package dev.signoff.search.terms;

/** The review topics of an AI-deal contract a clause can be about. */
public enum ClauseType {
  SCOPE_AND_USE_CASES,
  DATA_RIGHTS,
  RETENTION_AND_DELETION,
  PRIVACY,
  SUBPROCESSORS,
  SECURITY_CONTROLS,
  BREACH_NOTIFICATION,
  SERVICE_LEVELS,
  MODEL_QUALITY,
  LIABILITY_CAP,
  INDEMNITY,
  INSURANCE,
  CHANGE_MANAGEMENT,
  GOVERNANCE,
  AUDIT_RIGHTS,
  PRICING,
  INTELLECTUAL_PROPERTY,
  CONFIDENTIALITY,
  TESTING_AND_ROLLOUT,
  TERMINATION_AND_EXIT,
  ESCROW,
  /** Boilerplate and anything the other types do not cover. */
  GENERAL
}
