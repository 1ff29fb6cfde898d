package dev.signoff.security;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The UI's client registration at the built-in provider, built per request from the server's own
 * base URL. Discovery through an issuer URI would call the server at startup, before it listens.
 */
final class BuiltInClientRegistrations implements ClientRegistrationRepository {

  static final String REGISTRATION_ID = "signoff";

  private final String clientId;
  private final String clientSecret;

  BuiltInClientRegistrations(String clientId, String clientSecret) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public ClientRegistration findByRegistrationId(String registrationId) {
    if (!REGISTRATION_ID.equals(registrationId)) {
      return null;
    }
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    return ClientRegistration.withRegistrationId(REGISTRATION_ID)
        .clientName("Signoff")
        .clientId(clientId)
        .clientSecret(clientSecret)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
        .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
        .authorizationUri(base + "/oauth2/authorize")
        .tokenUri(base + "/oauth2/token")
        .jwkSetUri(base + "/oauth2/jwks")
        .userInfoUri(base + "/userinfo")
        .userNameAttributeName(IdTokenClaimNames.SUB)
        .build();
  }
}
