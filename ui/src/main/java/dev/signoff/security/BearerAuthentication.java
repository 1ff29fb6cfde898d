package dev.signoff.security;

import dev.signoff.token.PersonalTokens;
import dev.signoff.token.PersonalTokens.TokenCheck;
import dev.signoff.token.TokenAuthentication;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Authenticates the bearer token of an API request: a personal API token ({@code sot_...}) by its
 * stored hash, anything else as a JWT of the configured identity provider.
 */
final class BearerAuthentication implements AuthenticationManager {

  private final PersonalTokens personalTokens;
  private final JwtAuthenticationProvider jwts;
  private final AuthenticationEventPublisher events;

  BearerAuthentication(
      PersonalTokens personalTokens,
      JwtDecoder decoder,
      ClaimMapping claims,
      AuthenticationEventPublisher events) {
    this.personalTokens = personalTokens;
    this.events = events;
    this.jwts = new JwtAuthenticationProvider(decoder);
    this.jwts.setJwtAuthenticationConverter(
        token ->
            new JwtAuthenticationToken(
                token,
                claims.authorities(token.getClaims()),
                token.getClaimAsString(claims.usernameClaimIn(token.getClaims()))));
  }

  @Override
  public Authentication authenticate(Authentication authentication) throws AuthenticationException {
    if (!(authentication instanceof BearerTokenAuthenticationToken bearer)) {
      return null;
    }
    if (!bearer.getToken().startsWith(PersonalTokens.PREFIX)) {
      // Published as a provider manager would: the known users are recorded from these events.
      try {
        Authentication jwt = jwts.authenticate(bearer);
        events.publishAuthenticationSuccess(jwt);
        return jwt;
      } catch (AuthenticationException refused) {
        events.publishAuthenticationFailure(refused, bearer);
        throw refused;
      }
    }
    TokenCheck check = personalTokens.check(bearer.getToken());
    if (!check.valid()) {
      throw new InvalidBearerTokenException(
          check.refusal() + (check.token() == null ? "" : " (token " + check.token().id() + ")"));
    }
    TokenAuthentication result = new TokenAuthentication(check.holder(), check.token().id());
    result.setDetails(bearer.getDetails());
    return result;
  }
}
