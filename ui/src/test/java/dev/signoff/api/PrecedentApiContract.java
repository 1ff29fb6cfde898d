package dev.signoff.api;

import static dev.signoff.api.DealReviewApiContract.assertProblem;
import static dev.signoff.api.DealReviewApiContract.dealJson;
import static dev.signoff.api.DealReviewApiContract.texts;
import static dev.signoff.api.DealReviewApiContract.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.demo.PastDealImport;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticComment;
import dev.signoff.search.corpus.SyntheticDeals;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Precedent search over past deals and closed deals, and withdrawing a deal, through the REST API.
 * Mixed into {@link DealReviewApiContract}, so it runs on each database in the same server.
 */
interface PrecedentApiContract {

  /** The generator seed of the past deals these tests import (not the demo's). */
  long PAST_SEED = 7_341L;

  /** How many past deals the tests import. */
  int PAST_DEALS = 40;

  SignoffApi api();

  PastDealImport pastDealImport();

  RuntimeService runtime();

  AuditTrails audit();

  JsonNode taskOf(String user, String dealId);

  List<JsonNode> tasksOf(String user);

  List<String> timelineSteps(String dealId);

  // --- search over imported past deals ---

  @Test
  default void pastDealsAreCountedByOutcomeAndNarrowedByFacetsRangesAndHistogram()
      throws InterruptedException {
    List<SyntheticDeal> past = importPastDeals();
    Map<String, Long> outcomes =
        past.stream()
            .collect(
                Collectors.groupingBy(SyntheticDeal::outcome, TreeMap::new, Collectors.counting()));

    Reply deals = search("manager", Map.of("granularity", List.of("deal"), "limit", List.of("1")));
    assertThat(deals.body().get("total").asLong()).isEqualTo(PAST_DEALS);
    assertThat(counts(deals.body(), "OUTCOME")).isEqualTo(outcomes);

    Reply rejected =
        search(
            "manager",
            Map.of("granularity", List.of("deal"), "facet", List.of("OUTCOME:REJECTED")));
    assertThat(rejected.body().get("total").asLong()).isEqualTo(outcomes.get("REJECTED"));
    assertThat(rejected.body().get("hits"))
        .allMatch(hit -> hit.get("outcome").asText().equals("REJECTED"));
    // The selected facet's alternatives stay visible with their counts.
    assertThat(counts(rejected.body(), "OUTCOME")).isEqualTo(outcomes);

    Reply breach = search("legal", Map.of("facet", List.of("CLAUSE_TYPE:BREACH_NOTIFICATION")));
    long breachClauses = breach.body().get("total").asLong();
    assertThat(breachClauses).isPositive();
    assertThat(breach.body().get("hits"))
        .isNotEmpty()
        .allMatch(hit -> texts(hit.at("/clause/types")).contains("BREACH_NOTIFICATION"));

    Reply withinTwoDays =
        search(
            "legal",
            Map.of("range", List.of("BREACH_NOTIFICATION_HOURS::48"), "limit", List.of("100")));
    assertThat(withinTwoDays.body().get("hits"))
        .isNotEmpty()
        .allMatch(
            hit ->
                termValues(hit, "BREACH_NOTIFICATION_HOURS").stream()
                    .anyMatch(hours -> hours.compareTo(BigDecimal.valueOf(48)) <= 0));

    Reply histogram =
        search(
            "legal",
            Map.of(
                "facet", List.of("CLAUSE_TYPE:BREACH_NOTIFICATION"),
                "histogram", List.of("BREACH_NOTIFICATION_HOURS"),
                "limit", List.of("1")));
    JsonNode buckets = histogram.body().at("/histogram/buckets");
    long bucketed =
        StreamSupport.stream(buckets.spliterator(), false)
            .mapToLong(bucket -> bucket.get("count").asLong())
            .sum();
    assertThat(buckets).isNotEmpty();
    assertThat(bucketed + histogram.body().at("/histogram/withoutValue").asLong())
        .isEqualTo(histogram.body().get("total").asLong());
  }

  @Test
  default void pagesFollowEachOtherWithoutRepeatingAHit() throws InterruptedException {
    importPastDeals();
    Set<String> seen = new HashSet<>();
    Instant previous = Instant.MAX;
    String page = null;
    for (int pageNumber = 0; pageNumber < 4; pageNumber++) {
      Map<String, List<String>> parameters = new LinkedHashMap<>(pastVendors());
      parameters.put("sort", List.of("newest"));
      parameters.put("limit", List.of("7"));
      if (page != null) {
        parameters.put("page", List.of(page));
      }
      JsonNode results = api().searchPrecedents("engineering", parameters).body();
      assertThat(results.get("hits")).hasSize(7);
      for (JsonNode hit : results.get("hits")) {
        assertThat(seen.add(hit.get("dealId").asText() + "#" + hit.at("/clause/position").asInt()))
            .as("hit repeated on page " + pageNumber)
            .isTrue();
        Instant decided = Instant.parse(hit.get("decidedAt").asText());
        assertThat(decided).isBeforeOrEqualTo(previous);
        previous = decided;
      }
      page = results.get("nextPage").asText();
      assertThat(page).isNotBlank();
    }
  }

  @Test
  default void someoneOutsideTheReadersSeesNeitherHitsNorCounts() throws InterruptedException {
    importPastDeals();
    for (String outsider : List.of("privacy", "committee")) {
      JsonNode results =
          search(
                  outsider,
                  Map.of("granularity", List.of("deal"), "histogram", List.of("UPTIME_PERCENT")))
              .body();
      assertThat(results.get("total").asLong()).isZero();
      assertThat(results.get("hits")).isEmpty();
      results.get("facets").forEach(counts -> assertThat(counts).isEmpty());
      assertThat(results.get("ranges")).isEmpty();
      assertThat(results.at("/histogram/withoutValue").asLong()).isZero();
      JsonNode clauses = search(outsider, Map.of()).body();
      assertThat(clauses.get("total").asLong()).isZero();
      String csv = api().getText(outsider, "/api/precedents/export.csv", pastVendors()).getBody();
      assertThat(parseCsv(csv)).hasSize(1);
    }
  }

  // --- closed deals: rejected and withdrawn ---

  @Test
  default void rejectedDealIsAPrecedentAndItsCsvRowCannotRunAFormula() {
    String marker = uniqueWord();
    String title = "=SUM(1,2) " + marker;
    String dealId =
        api()
            .submitDeal(
                "owner", dealJson(title), "contract.md", DealReviewApiContract.contract(marker))
            .body()
            .get("id")
            .asText();
    Reply rejected =
        api().decide("legal", taskOf("legal", dealId).get("id").asText(), "REJECT", "No cap.");
    assertThat(rejected.status()).as(String.valueOf(rejected.body())).isEqualTo(200);

    // The rejecting request returns once searches see the outcome.
    JsonNode found =
        api()
            .searchPrecedents(
                "owner",
                Map.of(
                    "q", List.of(marker),
                    "granularity", List.of("deal"),
                    "facet", List.of("OUTCOME:REJECTED")))
            .body();
    assertThat(found.get("hits").findValuesAsText("dealId")).containsExactly(dealId);
    assertThat(found.at("/hits/0/outcome").asText()).isEqualTo("REJECTED");

    Map<String, List<String>> clauses = Map.of("q", List.of(marker));
    long clauseHits = api().searchPrecedents("owner", clauses).body().get("total").asLong();
    ResponseEntity<String> export = api().getText("owner", "/api/precedents/export.csv", clauses);
    assertThat(export.getStatusCode().value()).isEqualTo(200);
    assertThat(export.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
    assertThat(export.getHeaders().getContentDisposition().isAttachment()).isTrue();
    List<List<String>> rows = parseCsv(export.getBody());
    assertThat(rows.get(0)).startsWith("deal id", "deal", "vendor", "outcome");
    assertThat(rows).hasSize(1 + (int) clauseHits);
    assertThat(rows.subList(1, rows.size()))
        .allSatisfy(
            row -> {
              assertThat(row.get(0)).isEqualTo(dealId);
              assertThat(row.get(1)).isEqualTo("'" + title);
              assertThat(row.get(3)).isEqualTo("REJECTED");
            });
    assertThat(export.getBody()).contains("\"'=SUM(1,2) " + marker + "\"");
  }

  @Test
  default void ownerWithdrawsAnOpenDealAndItsReviewEnds() {
    String marker = uniqueWord();
    String dealId =
        api()
            .submitDeal(
                "owner",
                dealJson("Withdrawn " + marker),
                "contract.md",
                DealReviewApiContract.contract(marker))
            .body()
            .get("id")
            .asText();
    String path = "/api/deals/" + dealId + "/withdraw";
    Map<String, String> reason = Map.of("reason", "Vendor chose another customer.");

    assertProblem(api().post("privacy", path, reason), 404, "Deal not found");
    assertProblem(api().post("manager", path, reason), 403, "Forbidden");
    assertProblem(api().post("legal", path, reason), 403, "Forbidden");
    assertProblem(api().post("owner", path, Map.of("reason", " ")), 400, "Invalid reason");
    assertProblem(
        api().post("owner", "/api/deals/" + UUID.randomUUID() + "/withdraw", reason),
        404,
        "Deal not found");
    assertThat(taskOf("legal", dealId)).isNotNull();

    Reply withdrawn = api().post("owner", path, reason);
    assertThat(withdrawn.status()).as(String.valueOf(withdrawn.body())).isEqualTo(200);
    assertThat(withdrawn.body().get("stage").asText()).isEqualTo("WITHDRAWN");
    assertThat(withdrawn.body().get("withdrawalReason").asText())
        .isEqualTo("Vendor chose another customer.");
    assertThat(withdrawn.body().get("signOffsPending")).isEmpty();
    assertThat(DealReviewApiContract.statuses(withdrawn.body())).containsOnly("CANCELLED");

    assertThat(runtime().createProcessInstanceQuery().processInstanceBusinessKey(dealId).count())
        .isZero();
    for (String user : List.of("legal", "security", "engineering", "product", "manager")) {
      assertThat(tasksOf(user)).noneMatch(task -> task.get("dealId").asText().equals(dealId));
    }
    assertThat(timelineSteps(dealId)).contains("WITHDRAWN");
    List<String> actions = audit().actions(dealId);
    assertThat(actions).contains("deal.withdrawn", "task.cancelled");
    assertThat(actions.stream().filter("task.cancelled"::equals)).hasSize(4);
    assertThat(audit().verify("owner", dealId).get("intact").asBoolean()).isTrue();

    assertProblem(api().post("owner", path, reason), 409, "Deal closed");
    assertProblem(api().post("admin", path, reason), 409, "Deal closed");

    JsonNode found =
        api()
            .searchPrecedents(
                "owner", Map.of("q", List.of(marker), "facet", List.of("OUTCOME:WITHDRAWN")))
            .body();
    assertThat(found.get("hits")).isNotEmpty();
    assertThat(found.get("hits").findValuesAsText("dealId")).containsOnly(dealId);
  }

  // --- similar clauses and deals ---

  @Test
  default void similarClausesCarryTheOtherDealsCommentsAndSimilarDealsFindThePastDeal()
      throws InterruptedException {
    List<SyntheticDeal> past = importPastDeals();
    SyntheticDeal model = null;
    SyntheticComment remark = null;
    for (SyntheticDeal deal : past) {
      Set<String> numbers =
          ClauseSegmenter.segment(deal.contractText()).stream()
              .map(Clause::number)
              .collect(Collectors.toSet());
      remark =
          deal.comments().stream()
              .filter(comment -> numbers.contains(comment.clauseNumber()))
              .findFirst()
              .orElse(null);
      if (remark != null) {
        model = deal;
        break;
      }
    }
    assertThat(remark).as("a past deal with a remark").isNotNull();
    String pastId = PastDealImport.idOf(model).toString();
    String dealId =
        api()
            .submitDeal(
                "owner",
                dealJson("Renewal " + uniqueWord()),
                "contract.txt",
                model.contractText().getBytes(StandardCharsets.UTF_8))
            .body()
            .get("id")
            .asText();
    int position = clausePosition(dealId, remark.clauseNumber());

    Reply similar =
        api()
            .precedents(
                "owner",
                "/api/precedents/similar-clauses",
                Map.of(
                    "dealId", List.of(dealId),
                    "clause", List.of(Integer.toString(position)),
                    "limit", List.of("10")));
    assertThat(similar.status()).as(String.valueOf(similar.body())).isEqualTo(200);
    JsonNode fromPast = null;
    for (JsonNode clause : similar.body()) {
      assertThat(clause.at("/hit/dealId").asText()).isNotEqualTo(dealId);
      if (clause.at("/hit/dealId").asText().equals(pastId)) {
        fromPast = clause;
      }
    }
    assertThat(fromPast).as("the past deal's clause among " + similar.body()).isNotNull();
    assertThat(fromPast.at("/hit/clause/number").asText()).isEqualTo(remark.clauseNumber());
    String author = remark.author();
    assertThat(fromPast.get("comments"))
        .anyMatch(
            comment ->
                comment.get("author").asText().equals(author)
                    && comment.get("resolved").asBoolean()
                    && comment.get("html").asText().startsWith("<p>"));

    Reply deals =
        api()
            .precedents(
                "owner",
                "/api/precedents/similar-deals",
                Map.of("dealId", List.of(dealId), "limit", List.of("5")));
    assertThat(deals.status()).isEqualTo(200);
    assertThat(deals.body().findValuesAsText("dealId")).contains(pastId).doesNotContain(dealId);

    Map<String, List<String>> invisible =
        Map.of("dealId", List.of(dealId), "clause", List.of(Integer.toString(position)));
    assertProblem(
        api().precedents("privacy", "/api/precedents/similar-clauses", invisible),
        404,
        "Deal not found");
    assertProblem(
        api()
            .precedents(
                "privacy", "/api/precedents/similar-deals", Map.of("dealId", List.of(dealId))),
        404,
        "Deal not found");
    assertProblem(
        api()
            .precedents(
                "owner",
                "/api/precedents/similar-clauses",
                Map.of("dealId", List.of(UUID.randomUUID().toString()), "clause", List.of("0"))),
        404,
        "Deal not found");
    assertProblem(
        api()
            .precedents(
                "owner",
                "/api/precedents/similar-clauses",
                Map.of("dealId", List.of(dealId), "clause", List.of("999"))),
        400,
        "Invalid clause");
  }

  // --- helpers ---

  /**
   * Imports the past deals once per server (later calls skip them) and waits until the index has
   * all of them.
   */
  default List<SyntheticDeal> importPastDeals() throws InterruptedException {
    CurrentCaller.runAs(
        new Caller("admin", Set.of(Roles.ADMIN)),
        () -> pastDealImport().importSynthetic(PAST_SEED, PAST_DEALS));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (true) {
      Reply reply =
          search("manager", Map.of("granularity", List.of("deal"), "limit", List.of("1")));
      assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
      if (reply.body().get("total").asLong() == PAST_DEALS) {
        return new SyntheticDeals(PAST_SEED).deals(PAST_DEALS).toList();
      }
      assertThat(Instant.now()).as("past deals indexed").isBefore(deadline);
      Thread.sleep(200);
    }
  }

  /** The vendors of the imported deals as facet filters: only past deals have these vendors. */
  default Map<String, List<String>> pastVendors() {
    return Map.of(
        "facet",
        new SyntheticDeals(PAST_SEED)
            .deals(PAST_DEALS)
            .map(deal -> "VENDOR:" + deal.vendor())
            .distinct()
            .toList());
  }

  /** A search among the imported deals, with more parameters. */
  default Reply search(String user, Map<String, List<String>> more) {
    Map<String, List<String>> parameters = new LinkedHashMap<>(more);
    List<String> facets = new ArrayList<>(pastVendors().get("facet"));
    facets.addAll(more.getOrDefault("facet", List.of()));
    parameters.put("facet", facets);
    Reply reply = api().searchPrecedents(user, parameters);
    assertThat(reply.status()).as(String.valueOf(reply.body())).isEqualTo(200);
    return reply;
  }

  /** The position of the clause with that number in version 1 of the deal's contract. */
  default int clausePosition(String dealId, String number) {
    JsonNode clauses =
        api().get("owner", "/api/deals/" + dealId + "/contract/versions/1/clauses").body();
    for (int position = 0; position < clauses.size(); position++) {
      if (clauses.get(position).get("number").asText().equals(number)) {
        return position;
      }
    }
    throw new AssertionError("No clause " + number + " in " + clauses);
  }

  static Map<String, Long> counts(JsonNode results, String facet) {
    Map<String, Long> counts = new TreeMap<>();
    results
        .at("/facets/" + facet)
        .forEach(count -> counts.put(count.get("value").asText(), count.get("count").asLong()));
    return counts;
  }

  static List<BigDecimal> termValues(JsonNode hit, String field) {
    List<BigDecimal> values = new ArrayList<>();
    for (JsonNode term : hit.at("/clause/terms")) {
      if (term.get("field").asText().equals(field)) {
        values.add(new BigDecimal(term.get("normalised").asText().split(" ")[0]));
      }
    }
    return values;
  }

  /** RFC 4180 rows: quoted cells may hold commas, doubled quotes and line breaks. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\r') {
        // part of the line end
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    if (cell.length() > 0 || !row.isEmpty()) {
      row.add(cell.toString());
      rows.add(row);
    }
    return rows;
  }
}
