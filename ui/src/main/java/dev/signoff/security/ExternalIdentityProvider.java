package dev.signoff.security;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Login through an external OIDC provider (Keycloak, Entra ID, Okta, ...) when {@code
 * signoff.identity.issuer-uri} is set. The provider's metadata is fetched on first use, so Signoff
 * starts even while the provider is still coming up.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${signoff.identity.issuer-uri:}'.isBlank()")
class ExternalIdentityProvider {

  @Bean
  ClientRegistrationRepository clientRegistrations(IdentityProperties properties) {
    AtomicReference<ClientRegistration> registration = new AtomicReference<>();
    return registrationId -> {
      if (!BuiltInClientRegistrations.REGISTRATION_ID.equals(registrationId)) {
        return null;
      }
      return registration.updateAndGet(
          known ->
              known != null
                  ? known
                  : ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                      .registrationId(BuiltInClientRegistrations.REGISTRATION_ID)
                      .clientName("Signoff")
                      .clientId(properties.clientId())
                      .clientSecret(properties.clientSecret())
                      .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                      .scope(OidcScopes.OPENID, OidcScopes.PROFILE, "email")
                      .build());
    };
  }

  /**
   * Access tokens of the provider: signed with its published keys, issued by the configured issuer,
   * unexpired, and naming one of Signoff's audiences.
   */
  @Bean
  JwtDecoder jwtDecoder(IdentityProperties properties) {
    AtomicReference<JwtDecoder> decoder = new AtomicReference<>();
    return token ->
        decoder
            .updateAndGet(
                known -> {
                  if (known != null) {
                    return known;
                  }
                  NimbusJwtDecoder fresh = JwtDecoders.fromIssuerLocation(properties.issuerUri());
                  fresh.setJwtValidator(
                      TokenValidators.of(properties::issuerUri, properties.audiences()));
                  return fresh;
                })
            .decode(token);
  }
}
