package dev.signoff.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

class CallerTest {

  @AfterEach
  void clearSecurityContext() {
    SecurityContextHolder.clearContext();
  }

  @Test
  void principalsAreTheUserAndEachGroup() {
    Caller caller = new Caller("alice", Set.of(Roles.LEGAL, Roles.MANAGER));

    assertThat(caller.principals())
        .startsWith("user:alice")
        .containsExactlyInAnyOrder("user:alice", "group:legal", "group:manager");
  }

  @Test
  void callerWithoutGroupsHasOnlyTheUserPrincipal() {
    assertThat(new Caller("bob", Set.of()).principals()).containsExactly("user:bob");
  }

  @Test
  void principalHelpersMatchThePrincipalsOfACaller() {
    Caller caller = new Caller("alice", Set.of(Roles.LEGAL));

    assertThat(caller.principals())
        .containsExactly(Caller.userPrincipal("alice"), Caller.groupPrincipal(Roles.LEGAL));
  }

  @Test
  void usernameIsRequired() {
    assertThatThrownBy(() -> new Caller(null, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Caller("  ", Set.of(Roles.LEGAL)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void groupsCannotBeChangedAfterwards() {
    Set<String> groups = new HashSet<>(Set.of(Roles.LEGAL));
    Caller caller = new Caller("alice", groups);

    groups.add(Roles.ADMIN);

    assertThat(caller.groups()).containsExactly(Roles.LEGAL);
    assertThat(caller.isMemberOf(Roles.ADMIN)).isFalse();
  }

  @Test
  void membershipIsCheckedAgainstTheGroups() {
    Caller caller = new Caller("alice", Set.of(Roles.LEGAL, Roles.PRODUCT));

    assertThat(caller.isMemberOf(Roles.LEGAL)).isTrue();
    assertThat(caller.isMemberOf(Roles.MANAGER)).isFalse();
    assertThat(caller.isMemberOfAny(List.of(Roles.MANAGER, Roles.PRODUCT))).isTrue();
    assertThat(caller.isMemberOfAny(List.of(Roles.MANAGER, Roles.ADMIN))).isFalse();
    assertThat(caller.isMemberOfAny(List.of())).isFalse();
  }

  @Test
  void groupsComeFromRoleAuthoritiesOnly() {
    List<GrantedAuthority> authorities =
        List.of(
            new SimpleGrantedAuthority("ROLE_legal"),
            new SimpleGrantedAuthority("SCOPE_openid"),
            new SimpleGrantedAuthority("OIDC_USER"),
            new SimpleGrantedAuthority("ROLE_security-privacy"),
            new SimpleGrantedAuthority("role_manager"),
            () -> null);

    assertThat(CurrentCaller.groupsOf(authorities))
        .containsExactly(Roles.LEGAL, Roles.SECURITY_PRIVACY);
  }

  @Test
  void authoritiesOfGroupsReadBackAsTheSameGroups() {
    List<String> groups = List.of(Roles.ENGINEERING, Roles.ADMIN);

    List<GrantedAuthority> authorities = CurrentCaller.authoritiesOf(groups);

    assertThat(authorities)
        .extracting(GrantedAuthority::getAuthority)
        .containsExactly("ROLE_engineering", "ROLE_admin");
    assertThat(CurrentCaller.groupsOf(authorities)).containsExactlyElementsOf(groups);
  }

  @Test
  void currentCallerIsTheAuthenticatedUserWithTheirGroups() {
    authenticate("carol", "ROLE_manager", "ROLE_legal", "SCOPE_profile");

    Caller caller = CurrentCaller.get();

    assertThat(caller.username()).isEqualTo("carol");
    assertThat(caller.groups()).containsExactlyInAnyOrder(Roles.MANAGER, Roles.LEGAL);
  }

  @Test
  void currentCallerFailsWhenNobodyIsAuthenticated() {
    assertThatThrownBy(CurrentCaller::get)
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void currentCallerFailsForAnUnauthenticatedToken() {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.unauthenticated("mallory", "guess"));
    SecurityContextHolder.setContext(context);

    assertThatThrownBy(CurrentCaller::get)
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void runAsActsAsTheGivenCallerAndRestoresThePreviousCaller() {
    Authentication previousAuthentication = authenticate("alice", "ROLE_legal");
    SecurityContext previousContext = SecurityContextHolder.getContext();
    Caller demo = new Caller("demo-owner", Set.of(Roles.DEAL_OWNER));

    Caller inside = CurrentCaller.runAs(demo, CurrentCaller::get);

    assertThat(inside).isEqualTo(demo);
    assertThat(SecurityContextHolder.getContext()).isSameAs(previousContext);
    assertThat(SecurityContextHolder.getContext().getAuthentication())
        .isSameAs(previousAuthentication);
    assertThat(CurrentCaller.get().username()).isEqualTo("alice");
  }

  @Test
  void runAsLeavesNobodyAuthenticatedWhenNobodyWasBefore() {
    Caller demo = new Caller("demo-owner", Set.of(Roles.DEAL_OWNER));

    String username = CurrentCaller.runAs(demo, () -> CurrentCaller.get().username());

    assertThat(username).isEqualTo("demo-owner");
    assertThatThrownBy(CurrentCaller::get)
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  @Test
  void runAsRestoresThePreviousCallerWhenTheWorkFails() {
    authenticate("alice", "ROLE_legal");
    Caller demo = new Caller("demo-owner", Set.of(Roles.DEAL_OWNER));

    assertThatThrownBy(
            () ->
                CurrentCaller.runAs(
                    demo,
                    () -> {
                      throw new IllegalStateException("work failed");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("work failed");

    assertThat(CurrentCaller.get().username()).isEqualTo("alice");
    assertThat(CurrentCaller.get().groups()).containsExactly(Roles.LEGAL);
  }

  @Test
  void runAsDoesNotChangeTheContextSeenByItsCaller() {
    Authentication previousAuthentication = authenticate("alice", "ROLE_legal");
    SecurityContext previousContext = SecurityContextHolder.getContext();

    CurrentCaller.runAs(
        new Caller("demo-owner", Set.of(Roles.ADMIN)),
        () -> {
          assertThat(previousContext.getAuthentication()).isSameAs(previousAuthentication);
          return null;
        });

    assertThat(previousContext.getAuthentication()).isSameAs(previousAuthentication);
  }

  private static Authentication authenticate(String username, String... authorities) {
    Authentication authentication =
        UsernamePasswordAuthenticationToken.authenticated(
            username,
            null,
            List.of(authorities).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList());
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(authentication);
    SecurityContextHolder.setContext(context);
    return authentication;
  }
}
