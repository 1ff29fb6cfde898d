package dev.signoff.search;

import static dev.signoff.search.Precedents.LEGAL;
import static dev.signoff.search.Precedents.deal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clauses worded like a given clause, and deals like a given deal. */
class PrecedentSimilarityTest {

  private static final Duration AWAIT = Duration.ofSeconds(10);

  private static final String CAP =
      "Each party's total aggregate liability shall not exceed the fees paid in the twelve months"
          + " preceding the claim.";

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
  void findsClausesWordedLikeTheGivenOneMostSimilarFirst() {
    indexAndWait(
        deal("D-close")
            .clause("Limitation of liability", CAP)
            .clause("Fees", "The customer pays the fees monthly.")
            .build(),
        deal("D-loose")
            .clause(
                "Limitation of liability",
                "Liability of the supplier shall not exceed two million euros per year.")
            .build(),
        deal("D-unrelated")
            .clause("Escrow", "The vendor deposits the model weights with an escrow agent.")
            .build());

    List<PrecedentHit> hits =
        index.similarClauses(
            new SimilarClauseQuery(
                "Liability cap",
                "The aggregate liability of each party shall not exceed the fees paid in the"
                    + " twelve months before the claim.",
                LEGAL,
                null,
                10));

    assertThat(hits).extracting(PrecedentHit::dealId).startsWith("D-close", "D-loose");
    assertThat(hits).extracting(PrecedentHit::dealId).doesNotContain("D-unrelated");
    assertThat(hits.get(0).clause().heading()).isEqualTo("Limitation of liability");
    assertThat(hits.get(0).fragments()).singleElement().asString().contains("<mark>");
  }

  @Test
  void aClauseOfTheSameTypeRanksAboveOneThatSharesAsManyWords() {
    // Both share "notify", "customer", "within", "hours"; only one is about breach notification.
    // The other is indexed first, so it would win a tie.
    indexAndWait(
        deal("D-maintenance")
            .clause(
                "Maintenance",
                "Vendor shall notify the customer of planned maintenance within 72 hours.")
            .build(),
        deal("D-breach")
            .clause(
                "Security incidents",
                "Vendor shall notify the customer of any security incident within 72 hours.")
            .build());

    List<PrecedentHit> hits =
        index.similarClauses(
            new SimilarClauseQuery(
                "Breach notification",
                "The vendor will notify the customer of a personal data breach within 48 hours.",
                LEGAL,
                null,
                10));

    assertThat(hits).extracting(PrecedentHit::dealId).startsWith("D-breach");
    assertThat(hits.get(0).clause().types()).contains("BREACH_NOTIFICATION");
  }

  @Test
  void similarClausesNeverComeFromTheExcludedDealOrAnUnreadableOne() {
    indexAndWait(
        deal("D-under-review").clause("Limitation of liability", CAP).build(),
        deal("D-hidden").readers("group:finance").clause("Limitation of liability", CAP).build(),
        deal("D-visible").clause("Limitation of liability", CAP).build());

    SimilarClauseQuery query =
        new SimilarClauseQuery("Limitation of liability", CAP, LEGAL, "D-under-review", 10);
    assertThat(index.similarClauses(query))
        .extracting(PrecedentHit::dealId)
        .containsExactly("D-visible");
    assertThat(
            index.similarClauses(new SimilarClauseQuery("", CAP, Set.of("user:nobody"), null, 10)))
        .isEmpty();
  }

  @Test
  void findsDealsLikeTheGivenOneBySheetAndContract() {
    indexAndWait(
        deal("D-same-vendor")
            .vendor("Northwind AI")
            .models("nw-chat-2")
            .hostingModel("VENDOR_SAAS")
            .useCase("Answering customer support tickets")
            .contract("Support assistant with human review of answers. " + CAP)
            .build(),
        deal("D-other-vendor")
            .vendor("Acme")
            .models("acme-large")
            .hostingModel("PRIVATE_CLOUD")
            .riskTier("LOW")
            .useCase("Answering customer support tickets")
            .contract("Support assistant with human review of answers. " + CAP)
            .build(),
        deal("D-unrelated")
            .vendor("Initech")
            .models("ini-vision")
            .hostingModel("ON_PREMISES")
            .riskTier("LOW")
            .useCase("Inspecting welds on a production line")
            .contract("Camera images of welds are classified on site.")
            .build(),
        deal("D-hidden")
            .vendor("Northwind AI")
            .models("nw-chat-2")
            .readers("group:finance")
            .useCase("Answering customer support tickets")
            .contract("Support assistant with human review of answers. " + CAP)
            .build(),
        deal("D-itself")
            .vendor("Northwind AI")
            .useCase("Answering customer support tickets")
            .contract("Support assistant with human review of answers. " + CAP)
            .build());

    List<PrecedentHit> hits =
        index.similarDeals(
            new SimilarDealQuery(
                "Support copilot",
                "Northwind AI",
                List.of("nw-chat-2"),
                "VENDOR_SAAS",
                "MEDIUM",
                "Drafting answers to customer support tickets",
                "An assistant drafts support answers; a human reviews every answer. " + CAP,
                LEGAL,
                "D-itself",
                10));

    assertThat(hits)
        .extracting(PrecedentHit::dealId)
        .startsWith("D-same-vendor", "D-other-vendor")
        .doesNotContain("D-hidden", "D-itself");
    assertThat(hits).extracting(PrecedentHit::clause).containsOnlyNulls();
  }

  @Test
  void aDealSheetAloneFindsDealsOfTheSameVendor() {
    indexAndWait(
        deal("D-northwind").vendor("Northwind AI").build(),
        deal("D-acme").vendor("Acme").hostingModel("ON_PREMISES").build());

    List<PrecedentHit> hits =
        index.similarDeals(
            new SimilarDealQuery(
                null, "Northwind AI", null, null, null, null, null, LEGAL, null, 10));

    assertThat(hits).extracting(PrecedentHit::dealId).containsExactly("D-northwind");
  }

  private void indexAndWait(PrecedentDocument... documents) {
    long generation = 0;
    for (PrecedentDocument document : documents) {
      generation = index.upsert(document);
    }
    index.awaitSearchable(generation, AWAIT);
  }
}
