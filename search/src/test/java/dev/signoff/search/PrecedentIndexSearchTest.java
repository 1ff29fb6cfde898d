package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrecedentIndexSearchTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  private PrecedentIndex index;

  @BeforeEach
  void openIndex() {
    index = new PrecedentIndex(new ByteBuffersDirectory(), SearchProperties.defaults());
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  @Test
  void findsSignedDealByWordInContractTextWithTheWordMarkedAndTheRestEscaped() {
    indexAndWait(
        deal("D-1")
            .contract(
                "Vendor shall not run <script>alert(1)</script> & must honour data retention.")
            .build());

    List<PrecedentHit> hits = search("retention");

    assertThat(hits).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(hits.get(0).fragments())
        .containsExactly(
            "Vendor shall not run &lt;script&gt;alert(1)&lt;&#x2F;script&gt; &amp; must honour data"
                + " <mark>retention</mark>.");
  }

  @Test
  void searchForIndemnifyFindsIndemnified() {
    indexAndWait(deal("D-1").contract("The vendor indemnified the customer.").build());

    assertThat(search("indemnify")).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(search("indemnify").get(0).fragments())
        .containsExactly("The vendor <mark>indemnified</mark> the customer.");
  }

  @Test
  void searchForTerminateFindsTermination() {
    indexAndWait(deal("D-1").contract("Termination for convenience on 30 days notice.").build());

    assertThat(search("terminate")).extracting(PrecedentHit::dealId).containsExactly("D-1");
  }

  @Test
  void indemnifyFindsIndemnificationThroughTheSynonymsThoughPorterStemsThemApart() {
    indexAndWait(
        deal("D-1").contract("Indemnification is capped.").build(),
        deal("D-2").contract("The vendor shall indemnify the customer.").build(),
        deal("D-3").contract("The vendor pays the fees.").build());

    // Porter stems "indemnify" to "indemnifi" but "indemnification" to "indemnif".
    assertThat(search("indemnify"))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
    assertThat(search("indemnif*"))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
  }

  @Test
  void phraseMatchesOnlyAdjacentWords() {
    indexAndWait(
        deal("D-1").contract("The liability cap is twelve months of fees.").build(),
        deal("D-2").contract("Liability for data loss has no cap.").build());

    List<PrecedentHit> hits = search("\"liability cap\"");

    assertThat(hits).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(hits.get(0).fragments().get(0)).contains("<mark>liability cap</mark>");
    assertThat(search("liability cap"))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
  }

  @Test
  void phraseDoesNotSpanTwoModelsOfOneDeal() {
    indexAndWait(deal("D-1").models("Llama 3", "Mistral Large").build());

    assertThat(search("\"mistral large\"")).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(search("\"3 mistral\"")).isEmpty();
  }

  @Test
  void fieldQueryOnVendorFindsOnlyThatVendor() {
    indexAndWait(
        deal("D-1").vendor("Acme Models").contract("Acme is mentioned here.").build(),
        deal("D-2").vendor("Globex").contract("We compared this offer with Acme.").build());

    assertThat(search("vendor:Acme")).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(search("Acme"))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
  }

  @Test
  void fieldQueryOnOutcomeOrHostingModelIgnoresCase() {
    indexAndWait(
        deal("D-1").outcome("APPROVED").hostingModel("ON_PREMISES").build(),
        deal("D-2").outcome("REJECTED").hostingModel("VENDOR_CLOUD").build());

    assertThat(search("outcome:rejected")).extracting(PrecedentHit::dealId).containsExactly("D-2");
    assertThat(search("hostingModel:on_premises"))
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-1");
  }

  @Test
  void everyWordMustMatchUnlessJoinedWithOr() {
    indexAndWait(
        deal("D-1").contract("Data retention of thirty days.").build(),
        deal("D-2").contract("Data residency in the European Union.").build());

    assertThat(search("data retention")).extracting(PrecedentHit::dealId).containsExactly("D-1");
    assertThat(search("retention OR residency"))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
  }

  @Test
  void wordsMayMatchInDifferentFieldsOfTheSameDeal() {
    indexAndWait(
        deal("D-1")
            .vendor("Acme")
            .useCase("Contract summarisation")
            .contract("No training.")
            .build());

    assertThat(search("acme summarisation training"))
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-1");
  }

  @Test
  void titleMatchRanksAboveContractTextMatch() {
    indexAndWait(
        deal("D-1")
            .title("Sales email drafting")
            .contract("Outputs may be used for translation of marketing copy.")
            .build(),
        deal("D-2")
            .title("Translation service")
            .contract("Outputs belong to the customer.")
            .build());

    assertThat(search("translation"))
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-2", "D-1");
  }

  @Test
  void amongEquallyGoodMatchesTheMoreRecentDecisionComesFirst() {
    indexAndWait(
        deal("D-old").decidedAt("2023-01-10T00:00:00Z").build(),
        deal("D-new").decidedAt("2025-06-01T00:00:00Z").build(),
        deal("D-mid").decidedAt("2024-02-20T00:00:00Z").build());

    assertThat(search("vendor:northwind"))
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-new", "D-mid", "D-old");
  }

  @Test
  void hitCarriesTheDealSheetStoredInTheIndex() {
    indexAndWait(
        deal("D-7")
            .title("Legal research copilot")
            .vendor("Acme Models")
            .models("acme-large", "acme-small")
            .hostingModel("PRIVATE_CLOUD")
            .outcome("APPROVED_WITH_CONDITIONS")
            .decidedAt("2025-02-03T04:05:06.789Z")
            .contract("Copilot outputs are reviewed by a lawyer.")
            .build());

    PrecedentHit hit = search("copilot").get(0);

    assertThat(hit.dealId()).isEqualTo("D-7");
    assertThat(hit.title()).isEqualTo("Legal research copilot");
    assertThat(hit.vendor()).isEqualTo("Acme Models");
    assertThat(hit.models()).containsExactly("acme-large", "acme-small");
    assertThat(hit.hostingModel()).isEqualTo("PRIVATE_CLOUD");
    assertThat(hit.outcome()).isEqualTo("APPROVED_WITH_CONDITIONS");
    assertThat(hit.decidedAt()).isEqualTo(Instant.parse("2025-02-03T04:05:06.789Z"));
    assertThat(hit.score()).isPositive();
  }

  @Test
  void hitOutsideTheContractTextShowsTheEscapedOpeningOfTheContract() {
    String contract =
        "Master <Services> Agreement between Customer & Vendor. "
            + "The vendor provides hosted inference for the models listed in the order form. "
                .repeat(5);
    indexAndWait(deal("D-1").vendor("Initech").contract(contract).build());

    List<String> fragments = search("initech").get(0).fragments();

    assertThat(fragments).hasSize(1);
    assertThat(fragments.get(0))
        .startsWith("Master &lt;Services&gt; Agreement between Customer &amp; Vendor. The vendor")
        .endsWith(" …")
        .doesNotContain("<mark>")
        .hasSizeLessThan(230);
  }

  @Test
  void matchesAllOverALongContractComeBackAsAtMostThreeFragments() {
    String filler = "The parties agree to cooperate in good faith on all matters. ".repeat(10);
    String contract =
        ("Audit rights apply once a year. " + filler)
            + ("Audit reports are shared within thirty days. " + filler)
            + ("Audit costs are borne by the customer. " + filler)
            + ("Audit findings must be remedied. " + filler);
    indexAndWait(deal("D-1").contract(contract).build());

    List<String> fragments = search("audit").get(0).fragments();

    assertThat(fragments).hasSize(3).allSatisfy(f -> assertThat(f).contains("<mark>Audit</mark>"));
  }

  @Test
  void matchFarIntoALongContractIsStillHighlighted() {
    String contract =
        "Boilerplate clause without anything of interest. ".repeat(2_000)
            + "Subprocessors are listed in annex four.";
    indexAndWait(deal("D-1").contract(contract).build());

    assertThat(search("subprocessors").get(0).fragments())
        .singleElement()
        .asString()
        .contains("<mark>Subprocessors</mark> are listed in annex four.");
  }

  @Test
  void upsertOfTheSameDealReplacesTheEarlierDocument() {
    indexAndWait(deal("D-1").contract("First draft mentions escrow.").build());
    indexAndWait(deal("D-1").contract("Signed version mentions audit rights.").build());

    assertThat(index.documentCount()).isEqualTo(1);
    assertThat(search("escrow")).isEmpty();
    assertThat(search("audit")).extracting(PrecedentHit::dealId).containsExactly("D-1");
  }

  @Test
  void deleteRemovesTheDeal() {
    indexAndWait(deal("D-1").build(), deal("D-2").build());

    index.awaitSearchable(index.delete("D-1"), AWAIT);

    assertThat(index.documentCount()).isEqualTo(1);
    assertThat(search("northwind")).extracting(PrecedentHit::dealId).containsExactly("D-2");
  }

  @Test
  void callerOutsideTheReadersDoesNotSeeTheDeal() {
    indexAndWait(deal("D-1").contract("Confidential pricing.").readers("group:legal").build());

    assertThat(index.search(new PrecedentQuery("pricing", Set.of("user:someone"), 10)).hits())
        .isEmpty();
  }

  @Test
  void callerInAReaderGroupSeesTheDeal() {
    indexAndWait(deal("D-1").contract("Confidential pricing.").readers("group:legal").build());

    assertThat(
            index
                .search(new PrecedentQuery("pricing", Set.of("user:someone", "group:legal"), 10))
                .hits())
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-1");
  }

  @Test
  void callerWithoutPrincipalsSeesNothing() {
    indexAndWait(deal("D-1").contract("Confidential pricing.").build());

    assertThat(index.search(new PrecedentQuery("pricing", Set.of(), 10)).hits()).isEmpty();
  }

  @Test
  void hiddenDealsDoNotTakeUpTheLimit() {
    for (int i = 0; i < 5; i++) {
      indexAndWait(
          deal("D-hidden-" + i)
              .title("Pricing pricing pricing")
              .contract("Pricing, pricing and more pricing.")
              .readers("group:finance")
              .build());
    }
    indexAndWait(
        deal("D-visible").contract("One mention of pricing.").readers("user:owner").build());

    assertThat(index.search(new PrecedentQuery("pricing", Set.of("user:owner"), 1)).hits())
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-visible");
  }

  @Test
  void limitIsCappedAtOneHundredHits() {
    for (int i = 0; i < 120; i++) {
      index.upsert(deal("D-" + i).build());
    }
    indexAndWait(deal("D-last").build());

    assertThat(index.search(new PrecedentQuery("northwind", LEGAL, 500)).hits()).hasSize(100);
    assertThat(index.search(new PrecedentQuery("northwind", LEGAL, 7)).hits()).hasSize(7);
  }

  @Test
  void rejectsUnbalancedParenthesisWithAMessage() {
    assertThatThrownBy(() -> search("title:("))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageStartingWith("Cannot understand the search \"title:(\": Encountered")
        .hasMessageNotContaining("Cannot parse");
  }

  @Test
  void rejectsALoneOperatorWithAMessage() {
    assertThatThrownBy(() -> search("AND"))
        .isInstanceOf(PrecedentQueryException.class)
        .hasMessageStartingWith("Cannot understand the search \"AND\"");
  }

  @Test
  void blankTextMatchesEveryReadableDeal() {
    indexAndWait(
        deal("D-1").build(), deal("D-2").build(), deal("D-hidden").readers("group:hr").build());

    assertThat(search("   "))
        .extracting(PrecedentHit::dealId)
        .containsExactlyInAnyOrder("D-1", "D-2");
    assertThat(index.search(new PrecedentQuery(null, LEGAL, 10)).total()).isEqualTo(2);
  }

  @Test
  void queryOfStopWordsOnlyFindsNothing() {
    indexAndWait(deal("D-1").contract("The vendor and the customer.").build());

    assertThat(search("the")).isEmpty();
  }

  private void indexAndWait(PrecedentDocument... documents) {
    long generation = 0;
    for (PrecedentDocument document : documents) {
      generation = index.upsert(document);
    }
    index.awaitSearchable(generation, AWAIT);
  }

  private List<PrecedentHit> search(String text) {
    return index.search(new PrecedentQuery(text, LEGAL, 10)).hits();
  }
}
