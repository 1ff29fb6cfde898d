package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.contract.ContractFile;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import dev.signoff.demo.PastDealImport;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.precedent.PrecedentSearchRequest;
import dev.signoff.precedent.PrecedentService;
import dev.signoff.search.Granularity;
import dev.signoff.search.PrecedentSort;
import dev.signoff.ui.pages.DealPage;
import dev.signoff.ui.pages.PrecedentSearchPage;
import dev.signoff.ui.pages.PrecedentSearchPage.PrecedentHit;
import dev.signoff.ui.pages.PrecedentSearchPage.Slider;
import dev.signoff.ui.pages.SimilarClausesDialog;
import dev.signoff.ui.pages.SimilarClausesDialog.SimilarClause;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reviewer researches how past deals were negotiated: searches the past clauses, narrows them by
 * facets and by a range of breach notice hours, checks that the counts agree with the hits, charts
 * the distribution, goes back through the browser history, opens a precedent at its clause, and
 * then, on a deal under review, asks for clauses like one of its own and reads how reviewers judged
 * them. The past deals are synthetic deals imported as they ended, with their reviewers' remarks.
 */
class PrecedentResearchIT extends BrowserJourney {

  private static final long SEED = 7_2026L;
  private static final int PAST_DEALS = 80;
  private static final String BREACH = "breach-notification-hours";
  private static final Pattern BREACH_HOURS =
      Pattern.compile("^Breach notice: (\\d+(?:\\.\\d+)?) hours$");

  private static final String CONTRACT =
      """
      # AI services agreement

      ## 1. Services

      The Provider hosts the summarisation models named in the order form.

      ## 2. Security Incidents

      The Provider shall notify the Customer of any security incident affecting Customer Data
      without undue delay and in any event within seven (7) days of becoming aware of it.

      ## 3. Term

      This agreement runs for twelve months from signature.
      """;

  @Autowired PastDealImport pastDeals;
  @Autowired PrecedentService precedents;
  @Autowired DealService deals;

  @Test
  void reviewerNarrowsPastClausesOpensOneAndReadsHowSimilarClausesWereReviewed() {
    importPastDeals();
    DealDetails underReview = submitDealUnderReview();

    logIn("legal");
    PrecedentSearchPage search = PrecedentSearchPage.open(driver(), baseUrl());
    search.search("\"security incident");
    assertThat(search.error()).startsWith("Cannot understand the search");
    search.search("security incident " + randomLetters(12));
    assertThat(search.emptyState()).startsWith("No precedent matches this search.");
    assertThat(search.search("security incident"))
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.highlighted()).isNotEmpty());
    assertThat(driver().getCurrentUrl()).contains("q=security");
    long allClauses = search.total();
    Map<String, Long> clauseTypes = search.facet("clause-type");
    assertThat(clauseTypes).containsKey("Breach notification");

    search.toggle("clause-type", "Breach notification");
    long breachClauses = search.total();
    assertThat(breachClauses)
        .isEqualTo(clauseTypes.get("Breach notification"))
        .isLessThan(allClauses);
    assertThat(search.selected("clause-type")).containsExactly("Breach notification");
    Map<String, Long> outcomes = search.facet("outcome");
    assertThat(outcomes.values().stream().mapToLong(Long::longValue).sum())
        .as("each clause has one outcome")
        .isEqualTo(breachClauses);

    search.toggle("outcome", "Signed");
    long signed = search.total();
    assertThat(signed).isEqualTo(outcomes.get("Signed"));
    assertThat(search.hits())
        .isNotEmpty()
        .allSatisfy(hit -> assertThat(hit.outcome()).isEqualTo("Signed"));
    assertThat(search.facet("outcome"))
        .as("the other outcomes stay listed with their counts")
        .containsAllEntriesOf(outcomes);
    assertThat(driver().getCurrentUrl())
        .contains("outcome=SIGNED", "clause-type=BREACH_NOTIFICATION");

    Slider breachNotice = search.slider(BREACH);
    assertThat(breachNotice.lowest()).isLessThan(48);
    assertThat(breachNotice.highest()).isGreaterThan(48);
    search.dragHighest(BREACH, 48);
    long fast = search.total();
    assertThat(fast).isPositive().isLessThan(signed);
    assertThat(search.slider(BREACH).values()).endsWith(" – 48 hours");
    assertThat(search.facet("outcome")).containsEntry("Signed", fast);
    assertThat(search.hits())
        .allSatisfy(hit -> assertThat(breachHours(hit)).anyMatch(hours -> hours <= 48));
    assertThat(driver().getCurrentUrl()).contains(BREACH + "=..48");

    search.chart("Breach notice");
    assertThat(search.histogramTitle()).startsWith("Distribution of breach notice (hours)");
    assertThat(search.histogramCounts().stream().mapToLong(Long::longValue).sum())
        .as("every narrowed hit has a breach notice")
        .isEqualTo(fast);
    browser.screenshot(SCREENSHOTS.resolve("precedents-narrowed.png"));
    List<PrecedentHit> shown = search.hits();
    String csv = search.exportedCsv();
    assertThat(csvRecords(csv)).as("a header and a row per hit").isEqualTo(fast + 1);
    assertThat(csv).startsWith("deal id,deal,vendor,outcome");
    shown.forEach(hit -> assertThat(csv).contains(hit.title()));

    search.back().back();
    assertThat(search.total()).as("Back shows the search before the range").isEqualTo(signed);
    assertThat(search.selected("outcome")).containsExactly("Signed");

    PrecedentHit precedent = search.hits().get(0);
    DealPage past = search.open(precedent);
    assertThat(past.stage()).isEqualTo("Signed");
    assertThat(past.focusedClause()).startsWith(precedent.clause());

    DealPage review = DealPage.open(driver(), baseUrl(), underReview.id().toString());
    SimilarClausesDialog similar = review.similarClauses("2");
    browser.screenshot(SCREENSHOTS.resolve("similar-clauses.png"));
    List<SimilarClause> clauses = similar.clauses();
    assertThat(clauses)
        .isNotEmpty()
        .noneSatisfy(clause -> assertThat(clause.title()).isEqualTo(underReview.title()));
    assertThat(clauses)
        .anySatisfy(
            clause -> {
              assertThat(clause.outcome()).isIn("Signed", "Rejected", "Withdrawn");
              assertThat(clause.comments()).isNotEmpty();
            });
  }

  /** Past deals as they ended; the index takes them in from the change log shortly after. */
  private void importPastDeals() {
    CurrentCaller.runAs(
        new Caller("admin", Set.of(Roles.ADMIN)),
        () -> pastDeals.importSynthetic(SEED, PAST_DEALS));
    Caller legal = new Caller("legal", Set.of(Roles.LEGAL));
    PrecedentSearchRequest everyDeal =
        new PrecedentSearchRequest(
            "", Granularity.DEAL, Map.of(), List.of(), PrecedentSort.NEWEST, null, 1, null);
    Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
    while (CurrentCaller.runAs(legal, () -> precedents.search(everyDeal)).total() < PAST_DEALS) {
      assertThat(Instant.now()).as("past deals indexed in time").isBefore(giveUp);
      sleep(Duration.ofMillis(250));
    }
  }

  private DealDetails submitDealUnderReview() {
    return CurrentCaller.runAs(
        new Caller("owner", Set.of(Roles.DEAL_OWNER)),
        () ->
            deals.submit(
                new DealSheet(
                    "Incident summaries " + randomLetters(8),
                    "Quillmark AI",
                    List.of("QM-Summarise 2"),
                    HostingModel.VENDOR_SAAS,
                    "Summarise security incident reports for the on-call team.",
                    false),
                new ContractFile("agreement.md", CONTRACT.getBytes(StandardCharsets.UTF_8))));
  }

  /** The records of a CSV text: line breaks inside quoted cells do not end one. */
  private static long csvRecords(String csv) {
    long records = 0;
    boolean quoted = false;
    for (char c : csv.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records++;
      }
    }
    return records;
  }

  private static List<Double> breachHours(PrecedentHit hit) {
    return hit.terms().stream()
        .map(BREACH_HOURS::matcher)
        .filter(Matcher::matches)
        .map(term -> Double.parseDouble(term.group(1)))
        .toList();
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
