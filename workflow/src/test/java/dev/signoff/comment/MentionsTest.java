package dev.signoff.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.signoff.deal.DealVisibility;
import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Which names a comment mentions, and whom a mention reaches. */
class MentionsTest {

  private final UUID dealId = UUID.randomUUID();
  private final KnownUsers knownUsers = mock(KnownUsers.class);
  private final DealVisibility visibility = mock(DealVisibility.class);
  private final Mentions mentions = new Mentions(knownUsers, visibility);

  @BeforeEach
  void users() {
    List<Caller> users =
        List.of(
            new Caller("legal", Set.of("legal")),
            new Caller("ann", Set.of("legal")),
            new Caller("privacy", Set.of("privacy-officer")),
            new Caller("sam", Set.of("security-privacy")));
    when(knownUsers.all()).thenReturn(users);
    when(knownUsers.groupsOf(anyString())).thenReturn(Optional.empty());
    for (Caller user : users) {
      when(knownUsers.groupsOf(user.username())).thenReturn(Optional.of(user.groups()));
    }
    when(knownUsers.membersOf("legal")).thenReturn(List.of("ann", "legal"));
    when(knownUsers.membersOf("security-privacy")).thenReturn(List.of("sam"));
    when(visibility.isVisibleTo(eq(dealId), any()))
        .thenAnswer(call -> !((Caller) call.getArgument(1)).isMemberOf("privacy-officer"));
    when(visibility.isVisibleToGroup(eq(dealId), anyString()))
        .thenAnswer(call -> !call.getArgument(1).equals("privacy-officer"));
  }

  @Test
  void findsNamesWithLettersDigitsDashesUnderscoresAndDots() {
    assertThat(
            Mentions.namesIn(
                "@legal and @security-privacy, cc @jane.doe. Also (@ops_2) and @legal again;"
                    + " @legal's point"))
        .containsExactly("legal", "security-privacy", "jane.doe", "ops_2");
  }

  @Test
  void ignoresAddressesCodeAndLinkTargets() {
    assertThat(
            Mentions.namesIn(
                "mail legal@example.com, `@legal` in code,\n\n    @indented\n\n"
                    + "[site](https://example.com/@legal) and a@b"))
        .isEmpty();
  }

  @Test
  void aKnownUserWinsOverAGroupOfTheSameName() {
    Mentions.Resolved resolved = mentions.resolve(dealId, "@legal please", "sam");

    assertThat(resolved.mentions()).containsExactly(Mention.user("legal"));
    assertThat(resolved.recipients()).containsExactly("legal");
  }

  @Test
  void aGroupMentionReachesItsKnownMembersButNeverTheAuthor() {
    Mentions.Resolved resolved = mentions.resolve(dealId, "@security-privacy and @legal", "legal");

    assertThat(resolved.mentions())
        .containsExactly(Mention.group("security-privacy"), Mention.user("legal"));
    assertThat(resolved.recipients()).containsExactly("sam");
    assertThat(resolved.recipientsOf(List.of("security-privacy"))).containsExactly("sam");
  }

  @Test
  void aSignoffRoleIsAGroupEvenWithoutKnownMembers() {
    Mentions.Resolved resolved = mentions.resolve(dealId, "@manager", "sam");

    assertThat(resolved.mentions()).containsExactly(Mention.group("manager"));
    assertThat(resolved.recipients()).isEmpty();
  }

  @Test
  void anUnknownNameIsRefusedByName() {
    assertThatThrownBy(() -> mentions.resolve(dealId, "hi @nobody", "sam"))
        .isInstanceOfSatisfying(
            CommentProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(problem.detail()).contains("@nobody");
            });
  }

  @Test
  void aUserOrGroupWhoCannotSeeTheDealIsRefusedBecauseMentionsGrantNoAccess() {
    for (String body : List.of("@privacy", "@privacy-officer")) {
      assertThatThrownBy(() -> mentions.resolve(dealId, body, "sam"))
          .isInstanceOfSatisfying(
              CommentProblem.class,
              problem -> {
                assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
                assertThat(problem.detail())
                    .contains(body)
                    .contains("cannot see this deal")
                    .contains("does not grant access");
              });
    }
  }

  @Test
  void atMostTwentyNamesPerComment() {
    String many =
        IntStream.range(0, 21).mapToObj(index -> "@user" + index).collect(Collectors.joining(" "));

    assertThatThrownBy(() -> mentions.resolve(dealId, many, "sam"))
        .isInstanceOf(CommentProblem.class)
        .hasMessageContaining("at most 20");
  }
}
