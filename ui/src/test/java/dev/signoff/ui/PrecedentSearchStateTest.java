package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.precedent.PrecedentSearchRequest;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentFacet;
import dev.signoff.search.PrecedentSort;
import dev.signoff.search.TermRange;
import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrecedentSearchStateTest {

  private static final PrecedentSearchState NARROWED =
      PrecedentSearchState.initial()
          .withText("  breach notice ")
          .withFilter(PrecedentFacet.OUTCOME, Set.of("SIGNED", "REJECTED"))
          .withFilter(PrecedentFacet.CLAUSE_TYPE, Set.of("BREACH_NOTIFICATION"))
          .withRange(
              TermField.BREACH_NOTIFICATION_HOURS,
              new TermRange(TermField.BREACH_NOTIFICATION_HOURS, new BigDecimal("24"), null))
          .withRange(
              TermField.UPTIME_PERCENT,
              new TermRange(
                  TermField.UPTIME_PERCENT, new BigDecimal("99.5"), new BigDecimal("99.95")))
          .withSort(PrecedentSort.NEWEST)
          .withHistogram(TermField.BREACH_NOTIFICATION_HOURS)
          .nextPage("cursor-2")
          .nextPage("cursor/3+=");

  @Test
  void everyPartOfASearchSurvivesTheAddress() {
    Map<String, List<String>> parameters = NARROWED.toParameters();

    assertThat(PrecedentSearchState.fromParameters(parameters)).isEqualTo(NARROWED);
    assertThat(parameters)
        .containsEntry("q", List.of("breach notice"))
        .containsEntry("outcome", List.of("REJECTED", "SIGNED"))
        .containsEntry("clause-type", List.of("BREACH_NOTIFICATION"))
        .containsEntry("breach-notification-hours", List.of("24.."))
        .containsEntry("uptime-percent", List.of("99.5..99.95"))
        .containsEntry("sort", List.of("newest"))
        .containsEntry("histogram", List.of("breach_notification_hours"))
        .containsEntry("page", List.of("cursor-2", "cursor/3+="));
  }

  @Test
  void theFirstVisitHasNoParametersAndSearchesEveryClause() {
    PrecedentSearchState initial = PrecedentSearchState.initial();

    assertThat(initial.toParameters()).isEmpty();
    assertThat(PrecedentSearchState.fromParameters(Map.of())).isEqualTo(initial);
    PrecedentSearchRequest request = initial.request();
    assertThat(request.text()).isEmpty();
    assertThat(request.granularity()).isEqualTo(Granularity.CLAUSE);
    assertThat(request.page()).isNull();
    assertThat(request.limit()).isEqualTo(PrecedentSearchState.PAGE_SIZE);
  }

  @Test
  void requestAsksForTheLastTurnedPageAndPreviousGoesBackOne() {
    assertThat(NARROWED.request().page()).isEqualTo("cursor/3+=");
    assertThat(NARROWED.pageNumber()).isEqualTo(3);
    assertThat(NARROWED.previousPage().request().page()).isEqualTo("cursor-2");
    assertThat(NARROWED.previousPage().previousPage().request().page()).isNull();
    assertThat(NARROWED.firstPage().request().page()).isNull();
  }

  @Test
  void changingTheSearchStartsAgainFromTheFirstPage() {
    assertThat(NARROWED.withText("uptime").pages()).isEmpty();
    assertThat(NARROWED.withFilter(PrecedentFacet.VENDOR, Set.of("Northwind AI")).pages())
        .isEmpty();
    assertThat(NARROWED.withRange(TermField.UPTIME_PERCENT, null).pages()).isEmpty();
    assertThat(NARROWED.withSort(PrecedentSort.OLDEST).pages()).isEmpty();
    assertThat(NARROWED.withHistogram(TermField.UPTIME_PERCENT).pages()).hasSize(2);
  }

  @Test
  void dealHitsDropClauseFacetsAndTermRanges() {
    PrecedentSearchState deals = NARROWED.withGranularity(Granularity.DEAL);

    assertThat(deals.filters()).containsOnlyKeys(PrecedentFacet.OUTCOME);
    assertThat(deals.ranges()).isEmpty();
    assertThat(deals.request().granularity()).isEqualTo(Granularity.DEAL);
    assertThat(deals.toParameters()).containsEntry("level", List.of("deals"));
  }

  @Test
  void parametersItCannotReadAreLeftOut() {
    PrecedentSearchState state =
        PrecedentSearchState.fromParameters(
            Map.of(
                "sort", List.of("sideways"),
                "histogram", List.of("training_use"),
                "breach-notification-hours", List.of("72..24"),
                "uptime-percent", List.of("lots"),
                "escrow", List.of("true"),
                "unknown", List.of("x")));

    assertThat(state.sort()).isEqualTo(PrecedentSort.RELEVANCE);
    assertThat(state.histogram()).isNull();
    assertThat(state.ranges()).isEmpty();
    assertThat(state.filters()).containsExactly(Map.entry(PrecedentFacet.ESCROW, Set.of("true")));
  }

  @Test
  void unselectingEveryValueOfAFacetRemovesIt() {
    PrecedentSearchState state = NARROWED.withFilter(PrecedentFacet.OUTCOME, Set.of());

    assertThat(state.filters()).doesNotContainKey(PrecedentFacet.OUTCOME);
    assertThat(state.toParameters()).doesNotContainKey("outcome");
  }
}
