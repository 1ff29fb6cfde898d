package dev.signoff.security;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentMatchers;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class KnownUserRecorderTest {

  private final KnownUsers knownUsers = mock(KnownUsers.class);
  private final KnownUserRecorder recorder =
      new KnownUserRecorder(
          knownUsers, new IdentityProperties(null, null, null, null, null, null, null, null, null));

  @Test
  void bearerTokenIsRecordedWithTheGroupsOfItsClaimsWhateverTheAuthoritiesOfTheChain() {
    Jwt token =
        Jwt.withTokenValue("token")
            .header("alg", "RS256")
            .subject("legal")
            .claim("preferred_username", "legal")
            .claim("groups", List.of("legal"))
            .issuedAt(Instant.now())
            .build();
    // The provider's user-info endpoint grants scopes only.
    JwtAuthenticationToken userInfo =
        new JwtAuthenticationToken(token, List.of(new SimpleGrantedAuthority("SCOPE_openid")));

    recorder.on(new AuthenticationSuccessEvent(userInfo));

    verify(knownUsers).record(new Caller("legal", Set.of("legal")));
  }

  @Test
  void userInterfaceLoginIsRecordedWithItsGroups() {
    List<SimpleGrantedAuthority> authorities =
        List.of(new SimpleGrantedAuthority("ROLE_security-privacy"));
    OAuth2AuthenticationToken login =
        new OAuth2AuthenticationToken(
            new DefaultOAuth2User(authorities, Map.of("name", "security"), "name"),
            authorities,
            "signoff");

    recorder.on(new AuthenticationSuccessEvent(login));

    verify(knownUsers).record(new Caller("security", Set.of("security-privacy")));
  }

  @Test
  void providerFormLoginIsNotRecorded() {
    recorder.on(
        new AuthenticationSuccessEvent(
            UsernamePasswordAuthenticationToken.authenticated("legal", null, List.of())));

    verify(knownUsers, never()).record(ArgumentMatchers.any());
  }
}
