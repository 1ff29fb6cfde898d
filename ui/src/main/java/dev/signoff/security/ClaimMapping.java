package dev.signoff.security;

import dev.signoff.identity.CurrentCaller;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;

/**
 * Reads user name and groups from token claims, whichever provider issued them. Groups become
 * {@code ROLE_<group>} authorities, the form the services check.
 */
final class ClaimMapping {

  private final String groupsClaim;
  private final String usernameClaim;

  ClaimMapping(IdentityProperties properties) {
    this.groupsClaim = properties.groupsClaim();
    this.usernameClaim = properties.usernameClaim();
  }

  /** The claim that names the user: the configured one when the token has it, else {@code sub}. */
  String usernameClaimIn(Map<String, Object> claims) {
    Object value = claims.get(usernameClaim);
    return value instanceof String name && !name.isBlank() ? usernameClaim : "sub";
  }

  List<GrantedAuthority> authorities(Map<String, Object> claims) {
    return CurrentCaller.authoritiesOf(groups(claims.get(groupsClaim)));
  }

  /**
   * Group names from a list or a space/comma separated string; a leading "/" (group paths) is
   * dropped.
   */
  static Set<String> groups(Object claim) {
    Set<String> groups = new LinkedHashSet<>();
    if (claim instanceof Collection<?> values) {
      values.forEach(value -> add(groups, String.valueOf(value)));
    } else if (claim instanceof String value) {
      for (String part : value.split("[,\\s]+")) {
        add(groups, part);
      }
    }
    return groups;
  }

  private static void add(Set<String> groups, String group) {
    String name = group.strip();
    if (name.startsWith("/")) {
      name = name.substring(name.lastIndexOf('/') + 1);
    }
    if (!name.isEmpty()) {
      groups.add(name);
    }
  }
}
