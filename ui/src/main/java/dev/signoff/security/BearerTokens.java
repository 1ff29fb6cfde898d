package dev.signoff.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the bearer token of an API request from its {@code Authorization} header, as the standard
 * resolver does (RFC 6750: {@code Bearer} in any case, one space, token68 characters, then only
 * {@code =} padding), without a regular expression for the well-formed header every API call
 * carries. Anything else, a missing or malformed header included, goes to the standard resolver, so
 * every refusal and its message stay the standard ones.
 */
final class BearerTokens implements BearerTokenResolver {

  private static final String SCHEME = "Bearer ";

  private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

  @Override
  public String resolve(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header != null
        && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
        && isToken68(header, SCHEME.length())) {
      return header.substring(SCHEME.length());
    }
    return standard.resolve(request);
  }

  /**
   * Whether {@code text} from {@code start} on is one or more token characters, then {@code =}s.
   */
  static boolean isToken68(String text, int start) {
    int i = start;
    while (i < text.length() && isTokenCharacter(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      return false;
    }
    while (i < text.length() && text.charAt(i) == '=') {
      i++;
    }
    return i == text.length();
  }

  private static boolean isTokenCharacter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~'
        || c == '+'
        || c == '/';
  }
}
