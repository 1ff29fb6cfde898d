package dev.signoff.deal;

/** How the vendor charges. */
public enum PricingModel {
  USAGE("Usage-based"),
  CAPACITY("Capacity-based"),
  FLAT("Flat fee");

  private final String label;

  PricingModel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
