package dev.signoff.identity;

import java.util.List;

/**
 * The Signoff roles. Each is also the name of a group in the identity provider and a Camunda
 * candidate group.
 */
public final class Roles {

  public static final String DEAL_OWNER = "deal-owner";
  public static final String LEGAL = "legal";
  public static final String SECURITY_PRIVACY = "security-privacy";
  public static final String ENGINEERING = "engineering";
  public static final String PRODUCT = "product";
  public static final String PRIVACY_OFFICER = "privacy-officer";
  public static final String AI_RISK_COMMITTEE = "ai-risk-committee";
  public static final String MANAGER = "manager";
  public static final String ADMIN = "admin";

  /** The groups that review every deal, in the order they are shown. */
  public static final List<String> STANDARD_REVIEW_GROUPS =
      List.of(LEGAL, SECURITY_PRIVACY, ENGINEERING, PRODUCT);

  /** All roles, in the order they are shown. */
  public static final List<String> ALL =
      List.of(
          DEAL_OWNER,
          LEGAL,
          SECURITY_PRIVACY,
          ENGINEERING,
          PRODUCT,
          PRIVACY_OFFICER,
          AI_RISK_COMMITTEE,
          MANAGER,
          ADMIN);

  /** Spring Security authority prefix under which groups are granted. */
  public static final String AUTHORITY_PREFIX = "ROLE_";

  private Roles() {}

  /** A human-readable label for a group, e.g. "Security & privacy". */
  public static String label(String group) {
    return switch (group) {
      case DEAL_OWNER -> "Deal owner";
      case LEGAL -> "Legal";
      case SECURITY_PRIVACY -> "Security & privacy";
      case ENGINEERING -> "Engineering";
      case PRODUCT -> "Product";
      case PRIVACY_OFFICER -> "Privacy officer";
      case AI_RISK_COMMITTEE -> "AI risk committee";
      case MANAGER -> "Manager";
      case ADMIN -> "Admin";
      default -> group;
    };
  }
}
