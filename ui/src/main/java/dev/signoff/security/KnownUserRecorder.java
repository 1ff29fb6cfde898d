package dev.signoff.security;

import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Remembers each user who signs in to Signoff, with the groups the identity provider gave them. */
@Component
class KnownUserRecorder {

  private final KnownUsers knownUsers;
  private final ClaimMapping claims;

  KnownUserRecorder(KnownUsers knownUsers, IdentityProperties properties) {
    this.knownUsers = knownUsers;
    this.claims = new ClaimMapping(properties);
  }

  @EventListener
  void on(AuthenticationSuccessEvent success) {
    Authentication authentication = success.getAuthentication();
    // The login's own result (OAuth2LoginAuthenticationToken) is what the event carries; the
    // session then holds an OAuth2AuthenticationToken with the same name and authorities.
    if (authentication instanceof OAuth2AuthenticationToken
        || authentication instanceof OAuth2LoginAuthenticationToken) {
      knownUsers.record(
          new Caller(
              authentication.getName(), CurrentCaller.groupsOf(authentication.getAuthorities())));
    } else if (authentication instanceof JwtAuthenticationToken token) {
      // A bearer token is read by its claims, not by the authorities of the filter chain that
      // checked it: the built-in provider's user-info endpoint, which the UI login calls, grants
      // only scopes, and would otherwise record the user without any group.
      Map<String, Object> tokenClaims = token.getTokenAttributes();
      Object username = tokenClaims.get(claims.usernameClaimIn(tokenClaims));
      if (username instanceof String name && !name.isBlank()) {
        knownUsers.record(
            new Caller(name, CurrentCaller.groupsOf(claims.authorities(tokenClaims))));
      }
    }
  }
}
