package dev.signoff.deal;

/** Where the model runs. */
public enum HostingModel {
  ON_PREMISE("On-premise"),
  CUSTOMER_VPC("Customer VPC / private cloud"),
  VENDOR_SAAS("Vendor-hosted SaaS");

  private final String label;

  HostingModel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
