package dev.signoff.search;

/**
 * The dimensions a precedent search counts and narrows by. Values are compared as the index stores
 * them (see each constant); selecting several values of one facet matches any of them, selecting
 * values of several facets matches all facets.
 */
public enum PrecedentFacet {
  /** The vendor's name as written on the deal sheet. */
  VENDOR(false),
  /** Each model named on the deal sheet. */
  MODEL(false),
  /** The hosting model's name ({@code VENDOR_SAAS}, ...). */
  HOSTING_MODEL(false),
  /** The risk tier's name. */
  RISK_TIER(false),
  /** {@code SIGNED}, {@code REJECTED} or {@code WITHDRAWN}. */
  OUTCOME(false),
  /** The year the deal was decided, such as {@code 2025}. */
  YEAR(false),
  /** A clause's types ({@code LIABILITY_CAP}, ...): a clause may have several. */
  CLAUSE_TYPE(true),
  /** The decision of the review group owning the clause's section ({@code APPROVED}, ...). */
  SECTION_DECISION(true),
  /**
   * Training on customer data as extracted from a clause ({@code OPT_IN}, {@code PROHIBITED}...).
   */
  TRAINING_USE(true),
  /** Whether a clause carves claims out of the liability cap: {@code true} or {@code false}. */
  LIABILITY_CARVE_OUTS(true),
  /** Whether a clause grants the right to stay on a previous model version. */
  PREVIOUS_VERSION_RIGHT(true),
  /** Whether a clause puts code or model artefacts in escrow. */
  ESCROW(true);

  private final boolean clauseLevel;

  PrecedentFacet(boolean clauseLevel) {
    this.clauseLevel = clauseLevel;
  }

  /** Whether the facet belongs to clauses; deal-level searches count and filter only the others. */
  public boolean clauseLevel() {
    return clauseLevel;
  }
}
