package dev.signoff.security;

import dev.signoff.identity.Roles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts of the built-in identity provider: the demo users (password {@code demo}, one per
 * group) unless switched off, and the users configured under {@code signoff.identity.users}. Each
 * account also has a confidential API client whose client-credentials tokens act as that user:
 * {@code demo-<user>} with secret {@code demo} for a demo user, {@code api-<user>} with the user's
 * own password for a configured one.
 */
final class BuiltInUsers {

  /**
   * One account.
   *
   * @param username the login name
   * @param password the password in Spring Security's encoded form, e.g. {@code {bcrypt}$2a$...}
   * @param groups the groups (Signoff roles) the user belongs to
   * @param clientId the API client that acts as this user
   */
  record Account(String username, String password, List<String> groups, String clientId) {}

  static final String DEMO_PASSWORD = "demo";
  static final String DEMO_CLIENT_PREFIX = "demo-";
  static final String API_CLIENT_PREFIX = "api-";

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
  private static final Pattern ENCODED_PASSWORD = Pattern.compile("\\{[a-z0-9_-]+}.+");

  private static final List<Account> DEMO =
      List.of(
          demo("owner", Roles.DEAL_OWNER),
          demo("legal", Roles.LEGAL),
          demo("security", Roles.SECURITY_PRIVACY),
          demo("engineering", Roles.ENGINEERING),
          demo("product", Roles.PRODUCT),
          demo("privacy", Roles.PRIVACY_OFFICER),
          demo("committee", Roles.AI_RISK_COMMITTEE),
          demo("manager", Roles.MANAGER),
          demo("admin", Roles.ADMIN));

  private final List<Account> accounts;

  /**
   * @throws IllegalStateException when a configured user has an invalid or duplicate name, no
   *     group, an unknown group, or a password not in encoded form
   */
  BuiltInUsers(IdentityProperties properties) {
    List<Account> all = new ArrayList<>(properties.demoUsers() ? DEMO : List.of());
    Set<String> names = new HashSet<>();
    all.forEach(account -> names.add(account.username().toLowerCase(Locale.ROOT)));
    for (IdentityProperties.User user : properties.users()) {
      String name = user.username();
      if (name == null || !USERNAME.matcher(name).matches()) {
        throw invalid(name, "a name of 1 to 64 letters, digits, '.', '_', '@' or '-' is required");
      }
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw invalid(name, "the name is taken by another user");
      }
      if (user.groups().isEmpty()) {
        throw invalid(name, "at least one group is required, out of " + Roles.ALL);
      }
      for (String group : user.groups()) {
        if (!Roles.ALL.contains(group)) {
          throw invalid(name, "unknown group '" + group + "'; the groups are " + Roles.ALL);
        }
      }
      if (user.password() == null || !ENCODED_PASSWORD.matcher(user.password()).matches()) {
        throw invalid(
            name,
            "the password must be given in encoded form with its scheme, e.g. {bcrypt}$2a$10$..."
                + " (or {noop}text for tests)");
      }
      all.add(
          new Account(name, user.password(), List.copyOf(user.groups()), API_CLIENT_PREFIX + name));
    }
    this.accounts = List.copyOf(all);
  }

  List<Account> all() {
    return accounts;
  }

  Optional<Account> byClientId(String clientId) {
    return accounts.stream().filter(account -> account.clientId().equals(clientId)).findFirst();
  }

  private static Account demo(String username, String group) {
    return new Account(
        username, "{noop}" + DEMO_PASSWORD, List.of(group), DEMO_CLIENT_PREFIX + username);
  }

  private static IllegalStateException invalid(String username, String reason) {
    return new IllegalStateException(
        "signoff.identity.users: user '" + username + "' is invalid: " + reason);
  }
}
