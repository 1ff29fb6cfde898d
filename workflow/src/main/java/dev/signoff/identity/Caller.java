package dev.signoff.identity;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The authenticated user behind a service call.
 *
 * @param username the stable user name (the token's subject)
 * @param groups the Signoff roles / Camunda candidate groups of the user
 */
public record Caller(String username, Set<String> groups) {

  public Caller {
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("username is required");
    }
    groups = Set.copyOf(groups);
  }

  public boolean isMemberOf(String group) {
    return group != null && groups.contains(group);
  }

  public boolean isMemberOfAny(Iterable<String> candidates) {
    for (String candidate : candidates) {
      if (isMemberOf(candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The principal strings used by access filters: {@code user:<name>} and one {@code group:<g>} per
   * group.
   */
  public Set<String> principals() {
    Set<String> principals = new LinkedHashSet<>();
    principals.add(userPrincipal(username));
    groups.forEach(group -> principals.add(groupPrincipal(group)));
    return principals;
  }

  public static String userPrincipal(String username) {
    return "user:" + username;
  }

  public static String groupPrincipal(String group) {
    return "group:" + group;
  }
}
