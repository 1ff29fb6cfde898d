package dev.signoff.precedent;

import dev.signoff.search.PrecedentHit;
import dev.signoff.search.PrecedentResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for precedent search, similar clauses and deals, and rebuilding the index. */
@RestController
@RequestMapping("/api/precedents")
@Tag(name = "Precedents", description = "How did we negotiate this before?")
class PrecedentController {

  private static final String CSV = "text/csv";

  private final PrecedentService precedents;
  private final PrecedentRebuild rebuild;

  PrecedentController(PrecedentService precedents, PrecedentRebuild rebuild) {
    this.precedents = precedents;
    this.rebuild = rebuild;
  }

  @Operation(
      summary = "Search closed deals (signed, rejected, withdrawn) and their clauses",
      description =
          "Query syntax: words (all must match), \"phrases\", field:value (title, vendor, models,"
              + " useCase, contractText), OR, -excluded, prefix*; blank finds everything the"
              + " filters let through. Hits are clauses (granularity=clause, the default) or"
              + " deals, with facet counts over all hits, the value ranges of the numeric terms,"
              + " an optional histogram and a nextPage cursor. Fragments are HTML-escaped with"
              + " matches in <mark>. Only deals the caller may see are searched and counted. 400"
              + " for an unknown facet, field, sort or granularity, or a malformed value.")
  @GetMapping
  PrecedentResults search(
      @Parameter(description = "The query; may be empty")
          @RequestParam(name = "q", required = false)
          String query,
      @Parameter(description = "clause (default) or deal") @RequestParam(required = false)
          String granularity,
      @Parameter(description = "NAME:value, repeatable, e.g. OUTCOME:SIGNED or CLAUSE_TYPE:ESCROW")
          @RequestParam(name = "facet", required = false)
          List<String> facets,
      @Parameter(
              description =
                  "FIELD:min:max with either bound empty, repeatable, e.g."
                      + " BREACH_NOTIFICATION_HOURS::72")
          @RequestParam(name = "range", required = false)
          List<String> ranges,
      @Parameter(description = "relevance (default), newest or oldest")
          @RequestParam(required = false)
          String sort,
      @Parameter(description = "The nextPage of the previous page") @RequestParam(required = false)
          String page,
      @Parameter(description = "Hits per page, at most " + PrecedentService.MAX_HITS)
          @RequestParam(defaultValue = "20")
          int limit,
      @Parameter(description = "A numeric term field whose distribution across the hits to count")
          @RequestParam(required = false)
          String histogram) {
    return precedents.search(
        PrecedentSearchParameters.read(
            query, granularity, facets, ranges, sort, page, limit, histogram));
  }

  @Operation(
      summary = "Every hit of a precedent search as CSV",
      description =
          "The same parameters as the search (page and limit are ignored); up to "
              + PrecedentService.MAX_EXPORT_ROWS
              + " rows: deal, vendor, outcome, risk tier, decided, clause, clause types, section"
              + " owner and decision, one column per numeric term, the matching text. Cells that"
              + " a spreadsheet would read as a formula start with an apostrophe.",
      responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = CSV)))
  @GetMapping("/export.csv")
  void export(
      @RequestParam(name = "q", required = false) String query,
      @RequestParam(required = false) String granularity,
      @RequestParam(name = "facet", required = false) List<String> facets,
      @RequestParam(name = "range", required = false) List<String> ranges,
      @RequestParam(required = false) String sort,
      HttpServletResponse response)
      throws IOException {
    PrecedentSearchRequest request =
        PrecedentSearchParameters.read(query, granularity, facets, ranges, sort, null, 1, null);
    try (Writer out = new ResponseWriter(response)) {
      precedents.exportCsv(request, out);
    }
  }

  @Operation(
      summary = "Clauses of past deals worded like a clause of a deal",
      description =
          "clause is the clause's position (from 0) in the list of the deal's current contract"
              + " version, as /api/deals/{dealId}/contract/versions/{version}/clauses lists it."
              + " Each hit carries the comments the other deal's reviewers made on that clause,"
              + " as sanitised HTML. 404 for a deal the caller cannot see; 400 for a position the"
              + " contract does not have.")
  @GetMapping("/similar-clauses")
  List<SimilarClause> similarClauses(
      @RequestParam UUID dealId,
      @RequestParam("clause") int clausePosition,
      @RequestParam(defaultValue = "5") int limit) {
    return precedents.similarClauses(dealId, clausePosition, limit);
  }

  @Operation(
      summary = "Past deals like a deal",
      description =
          "By deal sheet (vendor, models, hosting, risk tier, use case) and contract text. 404 for"
              + " a deal the caller cannot see.")
  @GetMapping("/similar-deals")
  List<PrecedentHit> similarDeals(
      @RequestParam UUID dealId, @RequestParam(defaultValue = "5") int limit) {
    return precedents.similarDeals(dealId, limit);
  }

  @Operation(
      summary = "Rebuild the precedent index from the database (admins)",
      description =
          "Re-indexes every closed deal (signed, rejected, withdrawn) into a new index in the"
              + " background; searches answer from the old index until the new one is complete."
              + " 409 while a rebuild is running.")
  @PostMapping("/rebuild")
  @ResponseStatus(HttpStatus.ACCEPTED)
  RebuildProgress startRebuild() {
    return rebuild.start();
  }

  @Operation(summary = "Progress of the running or latest index rebuild (admins)")
  @GetMapping("/rebuild")
  RebuildProgress rebuildProgress() {
    return rebuild.progress();
  }

  /**
   * Opens the response as a CSV attachment at the first write only, so that a search that fails
   * before writing still answers with a problem.
   */
  private static final class ResponseWriter extends Writer {

    private final HttpServletResponse response;
    private Writer target;

    ResponseWriter(HttpServletResponse response) {
      this.response = response;
    }

    private Writer target() throws IOException {
      if (target == null) {
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(CSV + ";charset=UTF-8");
        response.setHeader(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("precedents.csv").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        target = response.getWriter();
      }
      return target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      target().write(buffer, offset, length);
    }

    @Override
    public void flush() throws IOException {
      if (target != null) {
        target.flush();
      }
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
