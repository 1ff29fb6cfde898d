package dev.signoff.security;

import dev.signoff.token.TokenAuthentication;
import dev.signoff.token.TokenScope;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Every API call needs an authenticated caller; a read-only personal token may only read (GET,
 * HEAD, OPTIONS). What the caller's roles allow is checked again by the services.
 */
final class TokenScopes implements AuthorizationManager<RequestAuthorizationContext> {

  static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public AuthorizationDecision check(
      Supplier<Authentication> authentication, RequestAuthorizationContext context) {
    Authentication caller = authentication.get();
    if (caller == null
        || !caller.isAuthenticated()
        || caller instanceof AnonymousAuthenticationToken) {
      return new AuthorizationDecision(false);
    }
    return new AuthorizationDecision(
        !readOnlyTokenWriting(caller, context.getRequest().getMethod()));
  }

  static boolean readOnlyTokenWriting(Authentication caller, String method) {
    return caller instanceof TokenAuthentication token
        && token.scope() == TokenScope.READ
        && !READ_METHODS.contains(method);
  }
}
