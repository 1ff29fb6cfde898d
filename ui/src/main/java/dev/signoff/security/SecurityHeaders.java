package dev.signoff.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers of every page and API answer: a Content Security Policy that allows only
 * Signoff's own origin (scripts inline and evaluated only as far as Vaadin's bootstrap and {@code
 * executeJs} need), no framing by anyone, no MIME sniffing, no referrer to other sites, and HSTS on
 * requests that arrived over TLS.
 */
final class SecurityHeaders {

  /**
   * Vaadin's bootstrap page carries inline script and its client evaluates server-sent JavaScript
   * ({@code executeJs}), so {@code script-src} needs {@code 'unsafe-inline' 'unsafe-eval'}; its
   * components set inline styles. Everything else is this origin only.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  private SecurityHeaders() {}

  static void apply(HttpSecurity http) throws Exception {
    http.headers(SecurityHeaders::configure);
  }

  static void configure(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .contentTypeOptions(Customizer.withDefaults())
        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
        .httpStrictTransportSecurity(
            hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
  }
}
