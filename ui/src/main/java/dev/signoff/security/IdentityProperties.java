package dev.signoff.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How users sign in.
 *
 * @param issuerUri an external OIDC provider's issuer (e.g. a Keycloak realm); when blank,
 *     Signoff's built-in provider with the demo users is used
 * @param clientId Signoff's client id at the external provider
 * @param clientSecret Signoff's client secret at the external provider (from the environment)
 * @param groupsClaim the token claim that lists the user's groups (default {@code groups})
 * @param usernameClaim the token claim with the user name (default {@code preferred_username},
 *     falling back to {@code sub})
 * @param keyFile where the built-in provider keeps its signing key, so tokens survive a restart
 * @param audiences the {@code aud} values an external provider's access token may carry, one of
 *     which it must (default: the client id)
 * @param demoUsers whether the built-in provider has the demo users (default true)
 * @param users further users of the built-in provider, e.g. a review team
 */
@ConfigurationProperties("signoff.identity")
public record IdentityProperties(
    String issuerUri,
    String clientId,
    String clientSecret,
    String groupsClaim,
    String usernameClaim,
    Path keyFile,
    java.util.List<String> audiences,
    Boolean demoUsers,
    java.util.List<User> users) {

  /**
   * A user of the built-in provider.
   *
   * @param username the login name (letters, digits, '.', '_', '@', '-'; at most 64)
   * @param password the password in Spring Security's encoded form with its scheme, e.g. {@code
   *     {bcrypt}$2a$10$...}; also the secret of the user's API client {@code api-<username>}
   * @param groups the user's groups, out of the Signoff roles
   */
  public record User(String username, String password, java.util.List<String> groups) {

    public User {
      groups = groups == null ? java.util.List.of() : java.util.List.copyOf(groups);
    }
  }

  public IdentityProperties {
    groupsClaim = blank(groupsClaim) ? "groups" : groupsClaim;
    usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
    keyFile = keyFile == null ? Path.of("data", "identity", "signing-key.json") : keyFile;
    audiences =
        audiences == null || audiences.stream().allMatch(IdentityProperties::blank)
            ? (blank(clientId) ? java.util.List.of() : java.util.List.of(clientId))
            : audiences.stream().filter(audience -> !blank(audience)).toList();
    demoUsers = demoUsers == null || demoUsers;
    users = users == null ? java.util.List.of() : java.util.List.copyOf(users);
  }

  public boolean builtIn() {
    return blank(issuerUri);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
