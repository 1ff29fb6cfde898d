package dev.signoff.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Signoff's built-in OIDC provider (Spring Authorization Server) with the demo users and any users
 * configured under {@code signoff.identity.users} ({@link BuiltInUsers}). On unless an external
 * issuer is configured. Its own form login keeps its session state under separate attribute names,
 * so the application trusts only the result of the OIDC login, as it would with an external
 * provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${signoff.identity.issuer-uri:}'.isBlank()")
class BuiltInIdentityProvider {

  static final String UI_CLIENT_ID = "signoff-ui";
  private static final String PROVIDER_SECURITY_CONTEXT = "SIGNOFF_PROVIDER_SECURITY_CONTEXT";
  private static final String PROVIDER_SAVED_REQUEST = "SIGNOFF_PROVIDER_SAVED_REQUEST";

  /**
   * A secret shared only inside this process: the UI client and the provider run in the same
   * server.
   */
  private final String uiClientSecret = UUID.randomUUID().toString();

  @Bean
  @Order(1)
  SecurityFilterChain identityProviderSecurity(HttpSecurity http) throws Exception {
    OAuth2AuthorizationServerConfigurer provider =
        OAuth2AuthorizationServerConfigurer.authorizationServer();
    RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher("/login");
    RequestMatcher endpoints = provider.getEndpointsMatcher();
    HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    contexts.setSpringSecurityContextKey(PROVIDER_SECURITY_CONTEXT);
    HttpSessionRequestCache savedRequests = new HttpSessionRequestCache();
    savedRequests.setSessionAttrName(PROVIDER_SAVED_REQUEST);
    SavedRequestAwareAuthenticationSuccessHandler backToAuthorization =
        new SavedRequestAwareAuthenticationSuccessHandler() {
          @Override
          public void onAuthenticationSuccess(
              jakarta.servlet.http.HttpServletRequest request,
              jakarta.servlet.http.HttpServletResponse response,
              Authentication authentication)
              throws java.io.IOException, jakarta.servlet.ServletException {
            super.onAuthenticationSuccess(request, response, authentication);
            savedRequests.removeRequest(request, response);
          }
        };
    backToAuthorization.setRequestCache(savedRequests);
    http.securityMatcher(new OrRequestMatcher(endpoints, login))
        .with(provider, server -> server.oidc(Customizer.withDefaults()))
        .authorizeHttpRequests(
            authorize -> authorize.requestMatchers(login).permitAll().anyRequest().authenticated())
        .securityContext(context -> context.securityContextRepository(contexts))
        .requestCache(cache -> cache.requestCache(savedRequests))
        .formLogin(form -> form.successHandler(backToAuthorization))
        .csrf(csrf -> csrf.ignoringRequestMatchers(endpoints))
        .headers(SecurityHeaders::configure)
        .exceptionHandling(
            exceptions ->
                exceptions.defaultAuthenticationEntryPointFor(
                    new LoginUrlAuthenticationEntryPoint("/login"),
                    new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  BuiltInUsers builtInUsers(IdentityProperties properties) {
    return new BuiltInUsers(properties);
  }

  @Bean
  UserDetailsService builtInUserAccounts(BuiltInUsers users) {
    return new InMemoryUserDetailsManager(
        users.all().stream()
            .map(
                user ->
                    User.withUsername(user.username())
                        .password(user.password())
                        .authorities(CurrentCaller.authoritiesOf(user.groups()))
                        .build())
            .toList());
  }

  /**
   * The built-in users are known from the start, so tasks can be delegated to them and they can be
   * mentioned before they log in.
   */
  @Bean
  ApplicationRunner knownBuiltInUsers(KnownUsers knownUsers, BuiltInUsers users) {
    return arguments ->
        users
            .all()
            .forEach(
                user -> knownUsers.record(new Caller(user.username(), Set.copyOf(user.groups()))));
  }

  @Bean
  RegisteredClientRepository registeredClients(BuiltInUsers users) {
    List<RegisteredClient> clients = new ArrayList<>();
    clients.add(
        RegisteredClient.withId(UI_CLIENT_ID)
            .clientId(UI_CLIENT_ID)
            .clientSecret("{noop}" + uiClientSecret)
            .clientName("Signoff")
            .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
            // A loopback IP redirect URI matches any port (RFC 8252), so the server may run on any
            // port.
            .redirectUri(
                "http://127.0.0.1:8080/login/oauth2/code/"
                    + BuiltInClientRegistrations.REGISTRATION_ID)
            .scope(OidcScopes.OPENID)
            .scope(OidcScopes.PROFILE)
            .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
            .build());
    for (BuiltInUsers.Account user : users.all()) {
      clients.add(
          RegisteredClient.withId(user.clientId())
              .clientId(user.clientId())
              .clientSecret(user.password())
              .clientName("API access as " + user.username())
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
              .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
              .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
              .tokenSettings(
                  TokenSettings.builder().accessTokenTimeToLive(Duration.ofHours(1)).build())
              .build());
    }
    return new FixedClientRepository(clients);
  }

  /**
   * Puts the user's name and groups into ID and access tokens; a user's API client acts as that
   * user.
   */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> userClaims(BuiltInUsers users) {
    return context -> {
      if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
        users
            .byClientId(context.getRegisteredClient().getClientId())
            .ifPresent(
                user ->
                    context
                        .getClaims()
                        .subject(user.username())
                        .claim("preferred_username", user.username())
                        .claim("groups", user.groups()));
        return;
      }
      Authentication user = context.getPrincipal();
      context
          .getClaims()
          .claim("preferred_username", user.getName())
          .claim("groups", List.copyOf(CurrentCaller.groupsOf(user.getAuthorities())));
    };
  }

  @Bean
  RSAKey signingKey(IdentityProperties properties) {
    return SigningKeyStore.loadOrCreate(properties.keyFile());
  }

  @Bean
  JWKSource<SecurityContext> signingKeys(RSAKey signingKey) {
    return new ImmutableJWKSet<>(new JWKSet(signingKey));
  }

  /**
   * Access tokens of the built-in provider: its signature, unexpired, issued by this server as the
   * request reached it (the provider's issuer is the request's base URL), and meant for one of its
   * clients.
   */
  @Bean
  JwtDecoder jwtDecoder(RSAKey signingKey, BuiltInUsers users) throws JOSEException {
    // The public key itself rather than the key set: a key set turns its key into a Java key again
    // for every token it checks.
    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withPublicKey(signingKey.toRSAPublicKey())
            .signatureAlgorithm(SignatureAlgorithm.RS256)
            .build();
    List<String> audiences = new ArrayList<>();
    audiences.add(UI_CLIENT_ID);
    users.all().forEach(user -> audiences.add(user.clientId()));
    Supplier<String> issuer =
        () -> ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    decoder.setJwtValidator(TokenValidators.of(issuer, audiences));
    // The system clock, as the validator's expiry check uses it.
    return new VerifiedTokens(decoder, issuer, Clock.systemUTC());
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  @Bean
  ClientRegistrationRepository clientRegistrations() {
    return new BuiltInClientRegistrations(UI_CLIENT_ID, uiClientSecret);
  }

  @Bean
  LoopbackHostRedirect loopbackHostRedirect() {
    return new LoopbackHostRedirect();
  }
}
