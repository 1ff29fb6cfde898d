package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.signoff.search.terms.TermField;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clause-level and deal-level searches with facets, term ranges, histograms, sort and pages. */
class PrecedentClauseSearchTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);
  private static final Set<String> FINANCE = Set.of("group:finance");

  private static final String CAP_12 =
      "Except for liability arising from a party's gross negligence or wilful misconduct, each"
          + " party's total aggregate liability shall not exceed the fees paid by the Customer in"
          + " the twelve (12) months immediately preceding the event giving rise to the claim.";
  private static final String CAP_24 =
      "The total liability of either Party shall be limited to an amount equal to twenty-four (24)"
          + " months of fees under the applicable Order Form.";
  private static final String CAP_18 =
      "The Supplier's maximum aggregate liability for all claims in any Contract Year is limited"
          + " to 1.5x the Charges paid in the 12 months before the claim arose.";
  private static final String BREACH_72 =
      "Vendor shall notify Customer of any Security Incident without undue delay and in any event"
          + " within seventy-two (72) hours after becoming aware of it.";
  private static final String BREACH_24 =
      "The Processor shall inform the Controller within 24 hours of discovering a Personal Data"
          + " Breach.";
  private static final String BREACH_12 =
      "Vendor will alert Customer of any confirmed security incident involving Customer Data"
          + " within twelve (12) hours.";
  private static final String ALERTS =
      "Vendor shall send alerts at 50%, 80% and 100% of the committed volume.";
  private static final String NO_TRAINING =
      "Vendor shall not use Customer Data, prompts or outputs to train, retrain or fine-tune any"
          + " model other than models dedicated exclusively to Customer.";

  private PrecedentIndex index;

  @BeforeEach
  void openIndex() {
    index = new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults());
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  /** Two deals legal may read (six clauses) and one only finance may read (two clauses). */
  private void indexThreeDeals() {
    indexAndWait(
        deal("D-1")
            .vendor("Northwind")
            .models("nw-chat-2")
            .hostingModel("VENDOR_SAAS")
            .riskTier("HIGH")
            .outcome("SIGNED")
            .decidedAt("2024-05-01T00:00:00Z")
            .clause("Limitation of Liability", CAP_12)
            .clause("Security Incidents", BREACH_72, "security", "APPROVED_WITH_CONDITIONS")
            .clause("Usage alerts", ALERTS, "product", "APPROVED")
            .build(),
        deal("D-2")
            .vendor("Acme")
            .models("acme-large")
            .hostingModel("PRIVATE_CLOUD")
            .riskTier("LOW")
            .outcome("SIGNED")
            .decidedAt("2025-02-01T00:00:00Z")
            .clause("Liability", CAP_24)
            .clause("Breach notification", BREACH_24, "security", "APPROVED")
            .clause("Use of Customer Data", NO_TRAINING, "security", "APPROVED")
            .build(),
        deal("D-3")
            .vendor("Northwind")
            .models("nw-chat-3")
            .hostingModel("VENDOR_SAAS")
            .riskTier("HIGH")
            .outcome("REJECTED")
            .decidedAt("2025-06-01T00:00:00Z")
            .readers("group:finance")
            .clause("Cap on liability", CAP_18)
            .clause("Security", BREACH_12, "security", "REJECTED")
            .build());
  }

  @Test
  void clauseHitCarriesItsClauseTypesTermsWithEvidenceAndMarkedFragment() {
    indexThreeDeals();

    PrecedentResults results = index.search(PrecedentQuery.clauses("gross negligence", LEGAL, 10));

    assertThat(results.total()).isEqualTo(1);
    PrecedentHit hit = results.hits().get(0);
    assertThat(hit.dealId()).isEqualTo("D-1");
    assertThat(hit.vendor()).isEqualTo("Northwind");
    assertThat(hit.riskTier()).isEqualTo("HIGH");
    ClauseHit clause = hit.clause();
    assertThat(clause.position()).isZero();
    assertThat(clause.number()).isEqualTo("1");
    assertThat(clause.heading()).isEqualTo("Limitation of Liability");
    assertThat(clause.types()).contains("LIABILITY_CAP");
    assertThat(clause.sectionOwner()).isEqualTo("legal");
    assertThat(clause.sectionDecision()).isEqualTo("APPROVED");
    assertThat(clause.text()).endsWith(CAP_12);
    assertThat(clause.terms())
        .extracting(HitTerm::field, HitTerm::normalised)
        .contains(
            tuple(TermField.LIABILITY_CAP_MONTHS, "12 MONTHS_OF_FEES"),
            tuple(TermField.LIABILITY_CARVE_OUTS, "true"));
    assertThat(clause.terms())
        .allSatisfy(term -> assertThat(clause.text()).contains(term.evidence()));
    assertThat(hit.fragments())
        .singleElement()
        .asString()
        .contains("<mark>gross negligence</mark>")
        .contains("party&#x27;s");
  }

  @Test
  void aClauseAboutLiabilityCapsRanksAboveOneThatMerelyMentionsLiability() {
    indexAndWait(
        deal("D-insurance")
            .clause(
                "Insurance",
                "Vendor maintains professional indemnity insurance covering its liability towards"
                    + " third parties for the term of this Agreement and two years after.")
            .build(),
        deal("D-cap")
            .decidedAt("2020-01-01T00:00:00Z")
            .clause(
                "Limitation of liability",
                "Each party's liability is capped at the fees paid in the prior twelve months;"
                    + " the cap on liability does not apply to fraud.")
            .build());

    assertThat(index.search(PrecedentQuery.clauses("liability cap", LEGAL, 10)).hits())
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-cap");
    assertThat(index.search(PrecedentQuery.clauses("liability", LEGAL, 10)).hits())
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-cap", "D-insurance");
  }

  @Test
  void fieldSyntaxReachesClauseTypeHeadingVendorAndDecision() {
    indexThreeDeals();

    assertThat(clauseHeadings("type:liability_cap"))
        .containsExactlyInAnyOrder("Limitation of Liability", "Liability");
    assertThat(clauseHeadings("heading:incidents")).containsExactly("Security Incidents");
    assertThat(clauseHeadings("vendor:acme AND heading:liability")).containsExactly("Liability");
    assertThat(clauseHeadings("decision:approved_with_conditions"))
        .containsExactly("Security Incidents");
  }

  @Test
  void facetsCountTheVisibleClausesOfEachValue() {
    indexThreeDeals();

    PrecedentResults results = index.search(PrecedentQuery.clauses("", LEGAL, 10));

    assertThat(results.total()).isEqualTo(6);
    assertThat(results.facets().get(PrecedentFacet.VENDOR))
        .containsExactly(new FacetCount("Acme", 3), new FacetCount("Northwind", 3));
    assertThat(results.facets().get(PrecedentFacet.OUTCOME))
        .containsExactly(new FacetCount("SIGNED", 6));
    assertThat(results.facets().get(PrecedentFacet.YEAR))
        .containsExactly(new FacetCount("2024", 3), new FacetCount("2025", 3));
    assertThat(results.facets().get(PrecedentFacet.MODEL))
        .containsExactly(new FacetCount("acme-large", 3), new FacetCount("nw-chat-2", 3));
    assertThat(results.facets().get(PrecedentFacet.CLAUSE_TYPE))
        .contains(new FacetCount("LIABILITY_CAP", 2), new FacetCount("BREACH_NOTIFICATION", 2));
    assertThat(results.facets().get(PrecedentFacet.SECTION_DECISION))
        .containsExactly(
            new FacetCount("APPROVED", 5), new FacetCount("APPROVED_WITH_CONDITIONS", 1));
    assertThat(results.facets().get(PrecedentFacet.TRAINING_USE))
        .containsExactly(new FacetCount("PROHIBITED", 1));
    assertThat(results.facets().get(PrecedentFacet.LIABILITY_CARVE_OUTS))
        .containsExactly(new FacetCount("true", 1));
  }

  @Test
  void aSelectedFacetKeepsCountingItsAlternativesWhileTheOtherFacetsNarrow() {
    indexThreeDeals();

    PrecedentResults northwind =
        index.search(clauses("", Map.of(PrecedentFacet.VENDOR, Set.of("Northwind")), List.of()));

    assertThat(northwind.total()).isEqualTo(3);
    assertThat(northwind.hits()).extracting(PrecedentHit::vendor).containsOnly("Northwind");
    assertThat(northwind.facets().get(PrecedentFacet.VENDOR))
        .containsExactly(new FacetCount("Acme", 3), new FacetCount("Northwind", 3));
    assertThat(northwind.facets().get(PrecedentFacet.HOSTING_MODEL))
        .containsExactly(new FacetCount("VENDOR_SAAS", 3));

    PrecedentResults northwindCaps =
        index.search(
            clauses(
                "",
                Map.of(
                    PrecedentFacet.VENDOR, Set.of("Northwind"),
                    PrecedentFacet.CLAUSE_TYPE, Set.of("LIABILITY_CAP")),
                List.of()));

    assertThat(northwindCaps.total()).isEqualTo(1);
    assertThat(northwindCaps.hits().get(0).clause().heading()).isEqualTo("Limitation of Liability");
    // Vendors of liability-cap clauses; clause types of Northwind clauses.
    assertThat(northwindCaps.facets().get(PrecedentFacet.VENDOR))
        .containsExactly(new FacetCount("Acme", 1), new FacetCount("Northwind", 1));
    assertThat(northwindCaps.facets().get(PrecedentFacet.CLAUSE_TYPE))
        .contains(new FacetCount("LIABILITY_CAP", 1), new FacetCount("BREACH_NOTIFICATION", 1))
        .doesNotContain(new FacetCount("DATA_RIGHTS", 1));
    assertThat(northwindCaps.facets().get(PrecedentFacet.OUTCOME))
        .containsExactly(new FacetCount("SIGNED", 1));
  }

  @Test
  void severalValuesOfOneFacetMatchAnyOfThem() {
    indexThreeDeals();

    PrecedentResults results =
        index.search(
            clauses(
                "",
                Map.of(PrecedentFacet.SECTION_DECISION, Set.of("APPROVED_WITH_CONDITIONS", "NONE")),
                List.of()));
    assertThat(results.total()).isEqualTo(1);

    PrecedentResults both =
        index.search(
            clauses("", Map.of(PrecedentFacet.VENDOR, Set.of("Northwind", "Acme")), List.of()));
    assertThat(both.total()).isEqualTo(6);
  }

  @Test
  void termRangesNarrowClausesWithClosedAndOpenBounds() {
    indexThreeDeals();

    assertThat(headingsInRange(TermField.BREACH_NOTIFICATION_HOURS, "24", "48"))
        .containsExactly("Breach notification");
    assertThat(headingsInRange(TermField.BREACH_NOTIFICATION_HOURS, "48", null))
        .containsExactly("Security Incidents");
    assertThat(headingsInRange(TermField.BREACH_NOTIFICATION_HOURS, null, "24"))
        .containsExactly("Breach notification");
    assertThat(headingsInRange(TermField.BREACH_NOTIFICATION_HOURS, "24.5", "71.9")).isEmpty();
    assertThat(headingsInRange(TermField.LIABILITY_CAP_MONTHS, "12", "24"))
        .containsExactlyInAnyOrder("Limitation of Liability", "Liability");
  }

  @Test
  void aClauseWithSeveralValuesMatchesARangeHoldingAnyOfThem() {
    indexThreeDeals();

    assertThat(headingsInRange(TermField.USAGE_ALERT_THRESHOLD_PERCENT, "70", "90"))
        .containsExactly("Usage alerts");
    assertThat(headingsInRange(TermField.USAGE_ALERT_THRESHOLD_PERCENT, "81", "99")).isEmpty();
  }

  @Test
  void resultsGiveTheLowestAndHighestValueOfEachTermAmongVisibleHits() {
    indexThreeDeals();

    PrecedentResults results = index.search(PrecedentQuery.clauses("", LEGAL, 10));

    // The hidden deal's 12 hours and 18 months stay out of the ranges.
    assertThat(results.ranges().get(TermField.BREACH_NOTIFICATION_HOURS))
        .isEqualTo(range("24", "72"));
    assertThat(results.ranges().get(TermField.LIABILITY_CAP_MONTHS)).isEqualTo(range("12", "24"));
    assertThat(results.ranges().get(TermField.USAGE_ALERT_THRESHOLD_PERCENT))
        .isEqualTo(range("50", "100"));
    assertThat(results.ranges()).doesNotContainKey(TermField.UPTIME_PERCENT);

    PrecedentResults breaches = index.search(PrecedentQuery.clauses("heading:breach", LEGAL, 10));
    assertThat(breaches.ranges())
        .containsExactly(Map.entry(TermField.BREACH_NOTIFICATION_HOURS, range("24", "24")));
  }

  @Test
  void histogramHasABucketPerValueWhenValuesAreFew() {
    indexThreeDeals();

    PrecedentResults results =
        index.search(
            new PrecedentQuery(
                "",
                LEGAL,
                Granularity.CLAUSE,
                null,
                null,
                null,
                null,
                10,
                TermField.BREACH_NOTIFICATION_HOURS));

    Histogram histogram = results.histogram();
    assertThat(histogram.field()).isEqualTo(TermField.BREACH_NOTIFICATION_HOURS);
    assertThat(histogram.buckets())
        .containsExactly(
            new Histogram.Bucket(new BigDecimal("24"), new BigDecimal("72"), 1),
            new Histogram.Bucket(new BigDecimal("72"), new BigDecimal("72"), 1));
    assertThat(histogram.withoutValue()).isEqualTo(4);
    assertThat(index.search(PrecedentQuery.clauses("", LEGAL, 10)).histogram()).isNull();
  }

  @Test
  void financeSeesItsDealInHitsCountsRangesAndHistogramsThatLegalDoesNot() {
    indexThreeDeals();

    PrecedentResults results =
        index.search(
            new PrecedentQuery(
                "liability",
                FINANCE,
                Granularity.CLAUSE,
                null,
                null,
                null,
                null,
                10,
                TermField.LIABILITY_CAP_MONTHS));

    assertThat(results.total()).isEqualTo(1);
    assertThat(results.hits()).extracting(PrecedentHit::dealId).containsExactly("D-3");
    assertThat(results.facets().get(PrecedentFacet.VENDOR))
        .containsExactly(new FacetCount("Northwind", 1));
    assertThat(results.ranges().get(TermField.LIABILITY_CAP_MONTHS)).isEqualTo(range("18", "18"));
    assertThat(results.histogram().buckets())
        .containsExactly(new Histogram.Bucket(new BigDecimal("18"), new BigDecimal("18"), 1));

    PrecedentResults nobody = index.search(PrecedentQuery.clauses("", Set.of("user:eve"), 10));
    assertThat(nobody.total()).isZero();
    assertThat(nobody.hits()).isEmpty();
    assertThat(nobody.facets().get(PrecedentFacet.VENDOR)).isEmpty();
    assertThat(nobody.ranges()).isEmpty();
  }

  @Test
  void dealSearchFindsDealsCountsOnlyDealFacetsAndRangesMatchAnyClause() {
    indexThreeDeals();

    PrecedentResults deals = index.search(PrecedentQuery.deals("", LEGAL, 10));
    assertThat(deals.total()).isEqualTo(2);
    assertThat(deals.hits()).extracting(PrecedentHit::clause).containsOnlyNulls();
    assertThat(deals.facets()).doesNotContainKey(PrecedentFacet.CLAUSE_TYPE);
    assertThat(deals.facets().get(PrecedentFacet.VENDOR))
        .containsExactly(new FacetCount("Acme", 1), new FacetCount("Northwind", 1));
    assertThat(deals.ranges().get(TermField.BREACH_NOTIFICATION_HOURS))
        .isEqualTo(range("24", "72"));

    PrecedentResults quickBreachNotice =
        index.search(
            new PrecedentQuery(
                "",
                LEGAL,
                Granularity.DEAL,
                Map.of(PrecedentFacet.CLAUSE_TYPE, Set.of("ESCROW")),
                List.of(
                    new TermRange(TermField.BREACH_NOTIFICATION_HOURS, null, new BigDecimal("48")),
                    new TermRange(TermField.LIABILITY_CAP_MONTHS, new BigDecimal("24"), null)),
                null,
                null,
                10,
                null));
    // The clause facet is ignored for deals; both ranges are met by different clauses of D-2.
    assertThat(quickBreachNotice.hits()).extracting(PrecedentHit::dealId).containsExactly("D-2");
  }

  @Test
  void pagesVisitEveryHitOnceInEachOrder() {
    List<PrecedentDocument> deals = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      // Several deals share a decision day and all clauses read alike: ties on score and time.
      deals.add(
          deal("D-" + i)
              .decidedAt(String.format("2025-01-%02dT00:00:00Z", 1 + i / 3))
              .clause("Fees", "The customer pays the fees monthly.")
              .clause("Fees", "The customer pays the fees yearly.")
              .build());
    }
    indexAndWait(deals.toArray(PrecedentDocument[]::new));

    for (PrecedentSort sort : PrecedentSort.values()) {
      List<String> seen = new ArrayList<>();
      List<String> decided = new ArrayList<>();
      String page = null;
      int pages = 0;
      do {
        PrecedentResults results =
            index.search(
                new PrecedentQuery(
                    "fees", LEGAL, Granularity.CLAUSE, null, null, sort, page, 7, null));
        assertThat(results.total()).isEqualTo(46);
        for (PrecedentHit hit : results.hits()) {
          seen.add(hit.dealId() + "/" + hit.clause().position());
          decided.add(hit.decidedAt().toString());
        }
        page = results.nextPage();
        pages++;
      } while (page != null);

      assertThat(pages).as(sort.name()).isEqualTo(7);
      assertThat(seen).as(sort.name()).hasSize(46).doesNotHaveDuplicates();
      assertThat(new HashSet<>(seen)).hasSize(46);
      if (sort == PrecedentSort.OLDEST) {
        assertThat(decided).isSorted();
      } else {
        List<String> ascending = new ArrayList<>(decided);
        java.util.Collections.reverse(ascending);
        assertThat(ascending).isSorted();
      }
    }
  }

  @Test
  void theLastPageHasNoNextPage() {
    indexThreeDeals();

    PrecedentResults results = index.search(PrecedentQuery.clauses("", LEGAL, 6));

    assertThat(results.hits()).hasSize(6);
    assertThat(results.nextPage()).isNull();
  }

  @Test
  void rejectsPageTokensThatWereAlteredOrBelongToAnotherSearch() {
    indexThreeDeals();
    String next = index.search(PrecedentQuery.clauses("", LEGAL, 2)).nextPage();
    assertThat(next).isNotNull();
    char flipped = next.charAt(5) == 'A' ? 'B' : 'A';
    String altered = next.substring(0, 5) + flipped + next.substring(6);

    assertThatThrownBy(() -> index.search(page("", LEGAL, altered)))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageContaining("page token is not valid");
    assertThatThrownBy(() -> index.search(page("", LEGAL, "not a token!")))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageContaining("page token is not valid");
    assertThatThrownBy(() -> index.search(page("liability", LEGAL, next)))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageContaining("different search");
    assertThatThrownBy(() -> index.search(page("", FINANCE, next)))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageContaining("different search");
    assertThat(index.search(page("", LEGAL, next)).hits()).hasSize(2);
  }

  @Test
  void reindexingADealReplacesItsClauses() {
    indexThreeDeals();

    indexAndWait(
        deal("D-1")
            .vendor("Northwind")
            .clause("Escrow", "The vendor deposits the model weights with an escrow agent.")
            .build());

    assertThat(index.search(PrecedentQuery.clauses("gross negligence", LEGAL, 10)).total())
        .isZero();
    assertThat(clauseHeadings("escrow")).containsExactly("Escrow");
    assertThat(index.search(PrecedentQuery.clauses("", LEGAL, 10)).total()).isEqualTo(4);
    assertThat(index.documentCount()).isEqualTo(3);
  }

  @Test
  void deletingADealRemovesItsClauses() {
    indexThreeDeals();

    index.awaitSearchable(index.delete("D-1"), AWAIT);

    PrecedentResults results = index.search(PrecedentQuery.clauses("", LEGAL, 10));
    assertThat(results.total()).isEqualTo(3);
    assertThat(results.hits()).extracting(PrecedentHit::dealId).containsOnly("D-2");
    assertThat(index.documentCount()).isEqualTo(2);
  }

  private PrecedentQuery clauses(
      String text, Map<PrecedentFacet, Set<String>> filters, List<TermRange> ranges) {
    return new PrecedentQuery(
        text, LEGAL, Granularity.CLAUSE, filters, ranges, null, null, 10, null);
  }

  private static PrecedentQuery page(String text, Set<String> readers, String page) {
    return new PrecedentQuery(text, readers, Granularity.CLAUSE, null, null, null, page, 2, null);
  }

  private List<String> headingsInRange(TermField field, String min, String max) {
    TermRange range =
        new TermRange(
            field,
            min == null ? null : new BigDecimal(min),
            max == null ? null : new BigDecimal(max));
    return index.search(clauses("", Map.of(), List.of(range))).hits().stream()
        .map(hit -> hit.clause().heading())
        .toList();
  }

  private List<String> clauseHeadings(String text) {
    return index.search(PrecedentQuery.clauses(text, LEGAL, 10)).hits().stream()
        .map(hit -> hit.clause().heading())
        .toList();
  }

  private static PrecedentResults.ValueRange range(String min, String max) {
    return new PrecedentResults.ValueRange(new BigDecimal(min), new BigDecimal(max));
  }

  private void indexAndWait(PrecedentDocument... documents) {
    long generation = 0;
    for (PrecedentDocument document : documents) {
      generation = index.upsert(document);
    }
    index.awaitSearchable(generation, AWAIT);
  }
}
