package dev.signoff.deal;

/** The risk tier the routing decision assigned to a deal. */
public enum RiskTier {
  LOW,
  MEDIUM,
  HIGH
}
