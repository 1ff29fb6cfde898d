package dev.signoff.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticComment;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticTerm;
import dev.signoff.search.terms.ClauseType;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticDealsTest {

  private static final List<SyntheticDeal> SAMPLE = new SyntheticDeals(7).deals(1_000).toList();

  @Test
  void sameSeedAndNumberGiveTheSameDealInAnyOrder() {
    SyntheticDeals generator = new SyntheticDeals(42);
    SyntheticDeal late = generator.deal(31_337);
    SyntheticDeal early = generator.deal(3);

    assertThat(new SyntheticDeals(42).deal(3)).isEqualTo(early);
    assertThat(new SyntheticDeals(42).deal(31_337)).isEqualTo(late);
    assertThat(new SyntheticDeals(42).deals(5).toList().get(3)).isEqualTo(early);
  }

  @Test
  void differentSeedsAndNumbersGiveDifferentDeals() {
    SyntheticDeal deal = new SyntheticDeals(1).deal(0);

    assertThat(new SyntheticDeals(2).deal(0).contractText()).isNotEqualTo(deal.contractText());
    assertThat(new SyntheticDeals(1).deal(1).contractText()).isNotEqualTo(deal.contractText());
    assertThat(SAMPLE.stream().map(SyntheticDeal::id).distinct()).hasSize(SAMPLE.size());
    assertThat(SAMPLE.stream().map(SyntheticDeal::contractText).distinct()).hasSize(SAMPLE.size());
  }

  @Test
  void rejectsNegativeDealNumbers() {
    assertThatThrownBy(() -> new SyntheticDeals(1).deal(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clausesAreSubstringsOfTheContractInOrder() {
    for (SyntheticDeal deal : SAMPLE) {
      int from = 0;
      for (SyntheticClause clause : deal.clauses()) {
        int at = deal.contractText().indexOf(clause.text(), from);
        assertThat(at).as("%s clause %s", deal.id(), clause.number()).isGreaterThanOrEqualTo(0);
        assertThat(clause.text()).contains(clause.heading());
        from = at + clause.text().length();
      }
      assertThat(deal.clauses().stream().map(SyntheticClause::number).distinct())
          .hasSize(deal.clauses().size());
    }
  }

  @Test
  void contractsHaveAboutTwentyClauses() {
    double average = SAMPLE.stream().mapToInt(deal -> deal.clauses().size()).average().orElse(0);
    int fewest = SAMPLE.stream().mapToInt(deal -> deal.clauses().size()).min().orElse(0);

    assertThat(average).isBetween(18.0, 24.0);
    assertThat(fewest).isGreaterThanOrEqualTo(12);
  }

  @Test
  void outcomesFollowTheUsualSharesAndDecisionsAgreeWithThem() {
    Map<String, Integer> outcomes = new HashMap<>();
    for (SyntheticDeal deal : SAMPLE) {
      outcomes.merge(deal.outcome(), 1, Integer::sum);
      assertThat(deal.decisions().keySet())
          .isSubsetOf("legal", "security-privacy", "engineering", "product");
      switch (deal.outcome()) {
        case "SIGNED" ->
            assertThat(deal.decisions())
                .hasSize(4)
                .allSatisfy(
                    (group, decision) ->
                        assertThat(decision).isIn("APPROVED", "APPROVED_WITH_CONDITIONS"));
        case "REJECTED" -> assertThat(deal.decisions()).containsValue("REJECTED");
        case "WITHDRAWN" -> assertThat(deal.decisions()).doesNotContainValue("REJECTED");
        default -> throw new AssertionError("unexpected outcome " + deal.outcome());
      }
    }
    assertThat(outcomes.get("SIGNED")).isBetween(650, 750);
    assertThat(outcomes.get("REJECTED")).isBetween(160, 240);
    assertThat(outcomes.get("WITHDRAWN")).isBetween(70, 130);
  }

  @Test
  void rejectedDealsCarryAnUnusualClauseOfTheRejectingGroup() {
    for (SyntheticDeal deal : SAMPLE) {
      if (deal.outcome().equals("REJECTED")) {
        assertThat(deal.clauses())
            .anySatisfy(
                clause -> {
                  assertThat(clause.unusual()).isTrue();
                  assertThat(deal.decisions().get(clause.sectionOwner())).isEqualTo("REJECTED");
                });
      }
    }
  }

  @Test
  void decisionsSpreadOverTheYearsAndFollowSubmission() {
    Set<Integer> years = new HashSet<>();
    for (SyntheticDeal deal : SAMPLE) {
      years.add(deal.decidedAt().atZone(ZoneOffset.UTC).getYear());
      assertThat(deal.submittedAt()).isBefore(deal.decidedAt());
    }
    assertThat(years).containsExactlyInAnyOrder(2021, 2022, 2023, 2024, 2025, 2026);
  }

  @Test
  void dealSheetsUseTheDealSheetNames() {
    Set<String> vendors = new HashSet<>();
    for (SyntheticDeal deal : SAMPLE) {
      vendors.add(deal.vendor());
      assertThat(deal.hostingModel()).isIn("ON_PREMISE", "CUSTOMER_VPC", "VENDOR_SAAS");
      assertThat(deal.riskTier()).isIn("LOW", "MEDIUM", "HIGH");
      assertThat(deal.integrationPattern()).isIn("API", "EMBEDDED", "AGENTS");
      assertThat(deal.pricingModel()).isIn("USAGE", "CAPACITY", "FLAT");
      assertThat(deal.models()).isNotEmpty();
      assertThat(deal.residency()).isNotEmpty().allMatch(code -> code.matches("[A-Z]{2}"));
      assertThat(deal.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
      assertThat(deal.termMonths()).isBetween(1, 240);
    }
    assertThat(vendors).hasSizeGreaterThanOrEqualTo(38);
  }

  @Test
  void trainingClauseAgreesWithTheDealSheet() {
    for (SyntheticDeal deal : SAMPLE) {
      String training =
          deal.clauses().stream()
              .flatMap(clause -> clause.terms().stream())
              .filter(term -> term.field().name().equals("TRAINING_USE"))
              .map(SyntheticTerm::normalised)
              .findFirst()
              .orElseThrow();
      if (training.equals("PROHIBITED")) {
        assertThat(deal.vendorMayTrain()).isFalse();
      }
      if (training.equals("PERMITTED") || training.equals("OPT_OUT")) {
        assertThat(deal.vendorMayTrain()).isTrue();
      }
    }
  }

  @Test
  void commentsComeFromTheDemoReviewersAndFavourUnusualClauses() {
    Map<String, String> authors =
        Map.of(
            "legal", "legal",
            "security-privacy", "security",
            "engineering", "engineering",
            "product", "product");
    long unusualClauses = 0;
    long unusualComments = 0;
    long ordinaryClauses = 0;
    long ordinaryComments = 0;
    for (SyntheticDeal deal : SAMPLE) {
      Map<String, SyntheticClause> byNumber = new HashMap<>();
      deal.clauses().forEach(clause -> byNumber.put(clause.number(), clause));
      for (SyntheticComment comment : deal.comments()) {
        assertThat(authors.get(comment.group())).isEqualTo(comment.author());
        assertThat(byNumber).containsKey(comment.clauseNumber());
        if (byNumber.get(comment.clauseNumber()).unusual()) {
          unusualComments++;
        } else {
          ordinaryComments++;
        }
      }
      for (SyntheticClause clause : deal.clauses()) {
        if (clause.unusual()) {
          unusualClauses++;
        } else {
          ordinaryClauses++;
        }
      }
    }
    assertThat(unusualClauses).isPositive();
    assertThat((double) unusualComments / unusualClauses)
        .isGreaterThan(5.0 * ordinaryComments / ordinaryClauses);
  }

  @Test
  void wordingNumberingAndNumbersVary() {
    Set<String> numberingStyles = new HashSet<>();
    Map<String, Set<String>> headingsByType = new HashMap<>();
    Map<String, Set<String>> openingsByType = new HashMap<>();
    Map<String, Set<String>> valuesByField = new HashMap<>();
    Set<String> clauseOrders = new HashSet<>();
    Pattern digits = Pattern.compile("\\d");
    for (SyntheticDeal deal : SAMPLE) {
      SyntheticClause first = deal.clauses().get(0);
      numberingStyles.add(digits.matcher(first.text().split("\\s", 2)[0]).replaceAll("9"));
      clauseOrders.add(
          String.join(",", deal.clauses().stream().map(SyntheticClause::type).toList()));
      for (SyntheticClause clause : deal.clauses()) {
        headingsByType
            .computeIfAbsent(clause.type(), type -> new HashSet<>())
            .add(clause.heading().toLowerCase());
        String body = clause.text().substring(Math.min(clause.text().length(), 40));
        openingsByType
            .computeIfAbsent(clause.type(), type -> new HashSet<>())
            .add(body.substring(0, Math.min(25, body.length())));
        for (SyntheticTerm term : clause.terms()) {
          valuesByField
              .computeIfAbsent(term.field().name(), field -> new HashSet<>())
              .add(term.normalised());
        }
      }
    }
    String all = String.join("\n", SAMPLE.stream().map(SyntheticDeal::contractText).toList());

    assertThat(numberingStyles).hasSizeGreaterThanOrEqualTo(5);
    assertThat(clauseOrders).hasSizeGreaterThan(SAMPLE.size() * 9 / 10);
    assertThat(headingsByType.get(ClauseType.LIABILITY_CAP.name())).hasSizeGreaterThanOrEqualTo(5);
    assertThat(headingsByType.get(ClauseType.BREACH_NOTIFICATION.name()))
        .hasSizeGreaterThanOrEqualTo(4);
    assertThat(openingsByType.get(ClauseType.BREACH_NOTIFICATION.name()))
        .hasSizeGreaterThanOrEqualTo(8);
    assertThat(valuesByField.get("BREACH_NOTIFICATION_HOURS")).hasSizeGreaterThanOrEqualTo(5);
    assertThat(valuesByField.get("UPTIME_PERCENT")).hasSizeGreaterThanOrEqualTo(6);
    assertThat(valuesByField.get("LIABILITY_CAP_AMOUNT")).hasSizeGreaterThanOrEqualTo(8);
    assertThat(valuesByField).containsKeys("ESCROW", "PREVIOUS_VERSION_RIGHT", "LATENCY_P99_MS");
    assertThat(all)
        .contains("seventy-two (72) hours", "business days", "99.9%", "USD ", "EUR ", "Article ")
        .contains("months of fees", "Section ", "Clause ", "7.2 ");
  }
}
