package dev.signoff.token;

import java.util.Set;

/**
 * Who a valid personal token speaks for.
 *
 * @param owner the user who created it
 * @param groups the owner's groups as last seen at their login
 * @param scope what the token may do
 */
public record TokenHolder(String owner, Set<String> groups, TokenScope scope) {

  public TokenHolder {
    groups = Set.copyOf(groups);
  }
}
