package dev.signoff.token;

import dev.signoff.identity.CurrentCaller;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A request authenticated by a personal API token: it acts as the token's owner with their groups,
 * plus the authority of its scope ({@code TOKEN_READ} or {@code TOKEN_WRITE}).
 */
public final class TokenAuthentication extends AbstractAuthenticationToken {

  public static final String SCOPE_AUTHORITY_PREFIX = "TOKEN_";

  private final TokenHolder holder;
  private final UUID tokenId;

  public TokenAuthentication(TokenHolder holder, UUID tokenId) {
    super(authorities(holder));
    this.holder = holder;
    this.tokenId = tokenId;
    setAuthenticated(true);
  }

  private static List<GrantedAuthority> authorities(TokenHolder holder) {
    List<GrantedAuthority> authorities =
        new ArrayList<>(CurrentCaller.authoritiesOf(holder.groups()));
    authorities.add(new SimpleGrantedAuthority(SCOPE_AUTHORITY_PREFIX + holder.scope().name()));
    return authorities;
  }

  public TokenScope scope() {
    return holder.scope();
  }

  public UUID tokenId() {
    return tokenId;
  }

  @Override
  public String getName() {
    return holder.owner();
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return holder.owner();
  }

  /** Whether the current request is authenticated by a personal token. */
  public static boolean current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication instanceof TokenAuthentication;
  }
}
