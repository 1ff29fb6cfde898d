package dev.signoff.checklist;

import dev.signoff.identity.Roles;
import java.util.List;

/** The groups that may own checklist sections. */
final class ReviewGroups {

  static final String PRIVACY_OFFICER = "privacy-officer";
  static final String AI_RISK_COMMITTEE = "ai-risk-committee";

  static final List<String> ALL =
      List.of(
          Roles.LEGAL,
          Roles.SECURITY_PRIVACY,
          Roles.ENGINEERING,
          Roles.PRODUCT,
          PRIVACY_OFFICER,
          AI_RISK_COMMITTEE);

  private ReviewGroups() {}
}
