package dev.signoff.precedent;

import dev.signoff.search.PrecedentHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for precedent search. */
@RestController
@RequestMapping("/api/precedents")
@Tag(name = "Precedents", description = "How did we negotiate this before?")
class PrecedentController {

  private final PrecedentService precedents;

  PrecedentController(PrecedentService precedents) {
    this.precedents = precedents;
  }

  @Operation(
      summary = "Search decided deals",
      description =
          "Query syntax: words (all must match), \"phrases\", field:value (title, vendor, models,"
              + " useCase, contractText). Fragments are HTML-escaped with matches in <mark>.")
  @GetMapping
  List<PrecedentHit> search(
      @RequestParam("q") String query, @RequestParam(defaultValue = "20") int limit) {
    return precedents.search(query, limit);
  }
}
