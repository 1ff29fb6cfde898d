package dev.signoff.deal;

/**
 * The domain a use case belongs to. Which domains count as high-risk or prohibited is decided by
 * the routing decision table, not here.
 */
public enum UseCaseDomain {
  GENERAL("General business use"),
  HEALTH("Health"),
  FINANCE("Finance"),
  LEGAL_ADVICE("Legal advice"),
  BIOMETRICS("Biometrics"),
  MINORS("Minors"),
  EMPLOYMENT("Employment"),
  BIOMETRIC_PROFILING("Biometric profiling"),
  POLITICAL_PERSUASION("Political persuasion"),
  SOCIAL_SCORING("Social scoring");

  private final String label;

  UseCaseDomain(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
