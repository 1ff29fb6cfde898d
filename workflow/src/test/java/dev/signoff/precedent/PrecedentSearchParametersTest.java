package dev.signoff.precedent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signoff.problem.SignoffProblem;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class PrecedentSearchParametersTest {

  @Test
  void readsFacetsRangesSortAndHistogram() {
    PrecedentSearchRequest request =
        PrecedentSearchParameters.read(
            "liability",
            "DEAL",
            List.of("outcome:SIGNED", "OUTCOME:REJECTED", "VENDOR:Acme: Labs"),
            List.of("UPTIME_PERCENT:99.5:", "BREACH_NOTIFICATION_HOURS::72"),
            "newest",
            "next",
            10,
            "uptime_percent");

    assertThat(request.granularity()).isEqualTo(Granularity.DEAL);
    assertThat(request.filters())
        .containsEntry(PrecedentFacet.OUTCOME, Set.of("SIGNED", "REJECTED"))
        .containsEntry(PrecedentFacet.VENDOR, Set.of("Acme: Labs"));
    assertThat(request.ranges())
        .containsExactly(
            new TermRange(TermField.UPTIME_PERCENT, new BigDecimal("99.5"), null),
            new TermRange(TermField.BREACH_NOTIFICATION_HOURS, null, new BigDecimal("72")));
    assertThat(request.sort()).isEqualTo(PrecedentSort.NEWEST);
    assertThat(request.page()).isEqualTo("next");
    assertThat(request.histogram()).isEqualTo(TermField.UPTIME_PERCENT);
  }

  @Test
  void defaultsToClausesByRelevanceWithoutFilters() {
    PrecedentSearchRequest request =
        PrecedentSearchParameters.read(null, null, null, null, null, "", 20, null);
    assertThat(request.text()).isEmpty();
    assertThat(request.granularity()).isEqualTo(Granularity.CLAUSE);
    assertThat(request.sort()).isEqualTo(PrecedentSort.RELEVANCE);
    assertThat(request.filters()).isEmpty();
    assertThat(request.page()).isNull();
  }

  @Test
  void refusesUnknownNamesAndMalformedValuesSayingWhatIsAllowed() {
    assertInvalid(List.of("COLOUR:red"), List.of(), "COLOUR", "OUTCOME");
    assertInvalid(List.of("OUTCOME"), List.of(), "NAME:value");
    assertInvalid(List.of("OUTCOME: "), List.of(), "NAME:value");
    assertInvalid(List.of(), List.of("UPTIME_PERCENT:99"), "FIELD:min:max");
    assertInvalid(List.of(), List.of("UPTIME_PERCENT:many:"), "not a number");
    assertInvalid(List.of(), List.of("UPTIME_PERCENT:100:99"), "starts above its end");
    assertInvalid(List.of(), List.of("ESCROW::1"), "not numeric");
    assertInvalid(List.of(), List.of("SPEED::1"), "SPEED", "UPTIME_PERCENT");
  }

  private static void assertInvalid(List<String> facets, List<String> ranges, String... words) {
    assertThatThrownBy(
            () -> PrecedentSearchParameters.read("", null, facets, ranges, null, null, 20, null))
        .isInstanceOfSatisfying(
            SignoffProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
              assertThat(problem.detail()).contains(words);
            });
  }
}
