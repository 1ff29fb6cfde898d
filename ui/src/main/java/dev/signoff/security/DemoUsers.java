package dev.signoff.security;

import dev.signoff.identity.Roles;
import java.util.List;
import java.util.Optional;

/**
 * The users of the built-in identity provider, all with password {@code demo}. Each also has a
 * confidential API client {@code demo-<user>} (secret {@code demo}) whose tokens carry that user.
 */
final class DemoUsers {

  record DemoUser(String username, String group) {
    String clientId() {
      return CLIENT_PREFIX + username;
    }
  }

  static final String PASSWORD = "demo";
  static final String CLIENT_PREFIX = "demo-";

  static final List<DemoUser> ALL =
      List.of(
          new DemoUser("owner", Roles.DEAL_OWNER),
          new DemoUser("legal", Roles.LEGAL),
          new DemoUser("security", Roles.SECURITY_PRIVACY),
          new DemoUser("engineering", Roles.ENGINEERING),
          new DemoUser("product", Roles.PRODUCT),
          new DemoUser("privacy", Roles.PRIVACY_OFFICER),
          new DemoUser("committee", Roles.AI_RISK_COMMITTEE),
          new DemoUser("manager", Roles.MANAGER),
          new DemoUser("admin", Roles.ADMIN));

  private DemoUsers() {}

  static Optional<DemoUser> byClientId(String clientId) {
    return ALL.stream().filter(user -> user.clientId().equals(clientId)).findFirst();
  }
}
