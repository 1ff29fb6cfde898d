package dev.signoff.deal;

/** How the model is wired into our systems. */
public enum IntegrationPattern {
  API("API only"),
  EMBEDDED("Embedded in products or internal tools"),
  AGENTS("Agents acting on other systems");

  private final String label;

  IntegrationPattern(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
