package dev.signoff.deal;

/** The kind of data sent to the model. */
public enum DataCategory {
  NONE("No customer data"),
  BUSINESS_CONFIDENTIAL("Business confidential"),
  PERSONAL("Personal data"),
  SPECIAL_CATEGORY("Special-category personal data"),
  MINORS("Data of minors");

  private final String label;

  DataCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether this category is personal data in the sense of data protection law. */
  public boolean isPersonal() {
    return this == PERSONAL || this == SPECIAL_CATEGORY || this == MINORS;
  }
}
