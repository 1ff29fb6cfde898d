package dev.signoff.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import dev.signoff.audit.RequestDenialLog;
import dev.signoff.token.PersonalTokens;
import java.util.Collection;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;

/**
 * Security of every HTTP surface: bearer tokens on {@code /api/**}, the OpenAPI document for
 * everyone, and OIDC login for the Vaadin UI. Services check again who may act
 * ({@code @PreAuthorize}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({IdentityProperties.class, RateLimitProperties.class})
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

  static final String LOGIN_PAGE =
      "/oauth2/authorization/" + BuiltInClientRegistrations.REGISTRATION_ID;

  /**
   * First of all chains: most requests are API calls, and {@code /api/**} is quicker to test than
   * the identity provider's endpoints, which no API path shares.
   */
  @Bean
  @Order(0)
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      JwtDecoder jwtDecoder,
      IdentityProperties properties,
      PersonalTokens personalTokens,
      RequestDenialLog denials,
      org.springframework.security.authentication.AuthenticationEventPublisher events)
      throws Exception {
    BearerAuthentication bearer =
        new BearerAuthentication(personalTokens, jwtDecoder, new ClaimMapping(properties), events);
    BearerTokens tokens = new BearerTokens();
    ApiDenials refusals = new ApiDenials(denials, tokens);
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().access(new TokenScopes()))
        .oauth2ResourceServer(
            resourceServer ->
                resourceServer
                    .bearerTokenResolver(tokens)
                    .authenticationManagerResolver(request -> bearer)
                    .authenticationEntryPoint(refusals::unauthorized)
                    .accessDeniedHandler(refusals::forbidden))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .authenticationEntryPoint(refusals::unauthorized)
                    .accessDeniedHandler(refusals::forbidden))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders::configure)
        // Bearer tokens only: no cookie authenticates an API call, so there is nothing to forge.
        .csrf(csrf -> csrf.disable());
    return http.build();
  }

  @Bean
  RateLimitFilter rateLimitFilter(
      RateLimitProperties limits, java.time.Clock clock, RequestDenialLog denials) {
    return new RateLimitFilter(limits, clock, denials);
  }

  /** Ahead of every other filter, so that a database outage in any of them is a 503 problem. */
  @Bean
  org.springframework.boot.web.servlet.FilterRegistrationBean<DatabaseOutageFilter>
      databaseOutageFilter() {
    org.springframework.boot.web.servlet.FilterRegistrationBean<DatabaseOutageFilter> registration =
        new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
            new DatabaseOutageFilter());
    registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  EngineEndpointsClosed engineEndpointsClosed() {
    return new EngineEndpointsClosed();
  }

  @Bean
  SessionExpiryMessages sessionExpiryMessages(
      @org.springframework.beans.factory.annotation.Value("${server.servlet.session.timeout:30m}")
          java.time.Duration idleTimeout) {
    return new SessionExpiryMessages(idleTimeout);
  }

  @Bean
  @Order(3)
  SecurityFilterChain apiDocumentation(HttpSecurity http) throws Exception {
    http.securityMatcher(
            "/v3/api-docs", "/v3/api-docs/**", "/actuator/health", "/actuator/health/**")
        .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .headers(SecurityHeaders::configure);
    return http.build();
  }

  @Bean
  @Order(10)
  SecurityFilterChain userInterfaceSecurity(
      HttpSecurity http, ClientRegistrationRepository clients, IdentityProperties properties)
      throws Exception {
    http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/error").permitAll());
    http.headers(SecurityHeaders::configure);
    // The login page is set here as well: this configurer is initialised before Vaadin's sets it,
    // and without it unauthenticated requests would go to a generated /login page instead.
    http.oauth2Login(
        login ->
            login
                .loginPage(LOGIN_PAGE)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(oidcUsers(properties))));
    http.with(
        VaadinSecurityConfigurer.vaadin(),
        vaadin ->
            vaadin
                .oauth2LoginPage(LOGIN_PAGE)
                .logoutSuccessHandler(logoutSuccess(clients, properties)));
    return http.build();
  }

  /**
   * With the built-in provider, both logins live in the one server session that logout ends; with
   * an external provider, logout also ends the provider's session (RP-initiated logout). Logout
   * runs inside a Vaadin request, which cannot follow an HTTP redirect: the browser is sent on by
   * the UI instead.
   */
  private static LogoutSuccessHandler logoutSuccess(
      ClientRegistrationRepository clients, IdentityProperties properties) {
    if (properties.builtIn()) {
      SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
      handler.setDefaultTargetUrl("/");
      handler.setRedirectStrategy(new UidlRedirectStrategy());
      return handler;
    }
    OidcClientInitiatedLogoutSuccessHandler handler =
        new OidcClientInitiatedLogoutSuccessHandler(clients);
    handler.setPostLogoutRedirectUri("{baseUrl}/");
    handler.setRedirectStrategy(new UidlRedirectStrategy());
    return handler;
  }

  private static OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers(
      IdentityProperties properties) {
    OidcUserService delegate = new OidcUserService();
    ClaimMapping claims = new ClaimMapping(properties);
    return request -> {
      OidcUser user = delegate.loadUser(request);
      Map<String, Object> all = user.getClaims();
      Collection<GrantedAuthority> authorities = claims.authorities(all);
      return new DefaultOidcUser(
          authorities, user.getIdToken(), user.getUserInfo(), claims.usernameClaimIn(all));
    };
  }
}
