package dev.signoff.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reads the {@link Caller} from Spring Security, whatever the login was (OIDC session or bearer
 * token).
 */
public final class CurrentCaller {

  private CurrentCaller() {}

  /**
   * The caller of the current request or job.
   *
   * @throws AuthenticationCredentialsNotFoundException when nobody is authenticated
   */
  public static Caller get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication.getName() == null) {
      throw new AuthenticationCredentialsNotFoundException("No authenticated caller");
    }
    return new Caller(authentication.getName(), groupsOf(authentication.getAuthorities()));
  }

  /** The groups carried by authorities named {@code ROLE_<group>}. */
  public static Set<String> groupsOf(Collection<? extends GrantedAuthority> authorities) {
    Set<String> groups = new LinkedHashSet<>();
    for (GrantedAuthority authority : authorities) {
      String name = authority.getAuthority();
      if (name != null && name.startsWith(Roles.AUTHORITY_PREFIX)) {
        groups.add(name.substring(Roles.AUTHORITY_PREFIX.length()));
      }
    }
    return groups;
  }

  /** The authorities that grant the given groups. */
  public static List<GrantedAuthority> authoritiesOf(Collection<String> groups) {
    return groups.stream()
        .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(Roles.AUTHORITY_PREFIX + group))
        .toList();
  }

  /**
   * Runs work as the given caller, restoring the previous security context afterwards. For trusted
   * server-side work only (demo data, jobs acting on a user's behalf), never for request input.
   */
  public static <T> T runAs(Caller caller, Supplier<T> work) {
    SecurityContext previous = SecurityContextHolder.getContext();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            caller.username(), null, authoritiesOf(caller.groups())));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }
}
