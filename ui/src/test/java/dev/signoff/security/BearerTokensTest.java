package dev.signoff.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTest {

  private final BearerTokenResolver fast = new BearerTokens();
  private final BearerTokenResolver standard = new DefaultBearerTokenResolver();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl",
        "bearer abc",
        "BEARER abc",
        "Bearer a-b.c_d~e+f/g",
        "Bearer abc==",
        "Bearer sot_0123456789abcdef",
        "Bearer abc=d",
        "Bearer =abc",
        "Bearer  abc",
        "Bearer ",
        "Bearer",
        "Bearerabc",
        "Bearer abc def",
        "Bearer abc\t",
        "Bearer äbc",
        "Bearer abc\u0000",
        "Basic YWxpY2U6c2VjcmV0",
        "",
        "Token abc"
      })
  void readsEveryHeaderAsTheStandardResolverDoes(String header) {
    assertSameOutcome(header);
  }

  @ParameterizedTest
  @MethodSource("randomHeaders")
  void agreesWithTheStandardResolverOnRandomHeaders(String header) {
    assertSameOutcome(header);
  }

  @org.junit.jupiter.api.Test
  void aRequestWithoutAuthorizationHasNoToken() {
    assertThat(fast.resolve(new MockHttpServletRequest("GET", "/api/deals"))).isNull();
  }

  static List<String> randomHeaders() {
    char[] alphabet = "aZ09-._~+/= \täBb".toCharArray();
    Random random = new Random(20261128);
    List<String> headers = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : "bEaReR");
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        header.append(alphabet[random.nextInt(alphabet.length)]);
      }
      headers.add(header.toString());
    }
    return headers;
  }

  private void assertSameOutcome(String header) {
    assertThat(outcome(fast, header))
        .as("Authorization: %s", Arrays.toString(header.toCharArray()))
        .isEqualTo(outcome(standard, header));
  }

  private static String outcome(BearerTokenResolver resolver, String header) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/tasks");
    request.addHeader("Authorization", header);
    try {
      return "token " + resolver.resolve(request);
    } catch (OAuth2AuthenticationException refused) {
      return "refused "
          + refused.getError().getErrorCode()
          + " "
          + refused.getError().getDescription();
    }
  }
}
