package dev.signoff.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;

/**
 * What an access token must say besides a valid signature: not expired (one minute of clock skew),
 * issued by the configured issuer, and meant for Signoff (its {@code aud} names one of Signoff's
 * audiences).
 */
final class TokenValidators {

  private TokenValidators() {}

  /**
   * @param issuer the expected issuer, asked per token (the built-in provider's issuer is the
   *     server's own base URL as the request reached it)
   * @param audiences accepted audiences; a token must name at least one
   */
  static OAuth2TokenValidator<Jwt> of(Supplier<String> issuer, Collection<String> audiences) {
    Set<String> accepted = Set.copyOf(audiences);
    return new DelegatingOAuth2TokenValidator<>(
        List.of(new JwtTimestampValidator(), issuer(issuer), audience(accepted)));
  }

  private static OAuth2TokenValidator<Jwt> issuer(Supplier<String> expected) {
    return jwt -> {
      String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
      String wanted = stripSlash(expected.get());
      if (issuer != null && stripSlash(issuer).equals(wanted)) {
        return OAuth2TokenValidatorResult.success();
      }
      return OAuth2TokenValidatorResult.failure(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_TOKEN,
              "The token was issued by " + issuer + ", not by " + wanted,
              null));
    };
  }

  private static OAuth2TokenValidator<Jwt> audience(Set<String> accepted) {
    return jwt -> {
      List<String> audience = jwt.getAudience() == null ? List.of() : jwt.getAudience();
      if (audience.stream().anyMatch(accepted::contains)) {
        return OAuth2TokenValidatorResult.success();
      }
      return OAuth2TokenValidatorResult.failure(
          new OAuth2Error(
              OAuth2ErrorCodes.INVALID_TOKEN,
              "The token is meant for " + audience + ", not for Signoff",
              null));
    };
  }

  private static String stripSlash(String value) {
    return value != null && value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
  }
}
