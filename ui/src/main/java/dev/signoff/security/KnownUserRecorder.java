package dev.signoff.security;

import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/** Remembers each user who signs in to Signoff, with the groups the identity provider gave them. */
@Component
class KnownUserRecorder {

  private final KnownUsers knownUsers;

  KnownUserRecorder(KnownUsers knownUsers) {
    this.knownUsers = knownUsers;
  }

  @EventListener
  void on(AuthenticationSuccessEvent success) {
    Authentication authentication = success.getAuthentication();
    if (authentication instanceof OAuth2AuthenticationToken
        || authentication instanceof JwtAuthenticationToken) {
      knownUsers.record(
          new Caller(
              authentication.getName(), CurrentCaller.groupsOf(authentication.getAuthorities())));
    }
  }
}
