package dev.signoff.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/** Versions travel as entity tags and come back in If-Match. */
class ETagsTest {

  @Test
  void versionIsAQuotedEntityTag() {
    assertThat(ETags.of(7)).isEqualTo("\"7\"");
  }

  @Test
  void ifMatchTakesTheTagWeakTagOrBareVersion() {
    assertThat(ETags.parse("\"7\"")).isEqualTo(7);
    assertThat(ETags.parse("W/\"7\"")).isEqualTo(7);
    assertThat(ETags.parse(" 12 ")).isEqualTo(12);
  }

  @Test
  void missingIfMatchAsksForTheVersionAndGarbageIsRefused() {
    assertThatThrownBy(() -> ETags.parse(null))
        .isInstanceOfSatisfying(
            CommentProblem.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    assertThatThrownBy(() -> ETags.parse("*"))
        .isInstanceOfSatisfying(
            CommentProblem.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    assertThatThrownBy(() -> ETags.parse("\"abc\"")).isInstanceOf(CommentProblem.class);
  }
}
