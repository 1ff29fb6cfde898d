package dev.signoff.precedent;

import dev.signoff.search.PrecedentHit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API for precedent search and rebuilding the index. */
@RestController
@RequestMapping("/api/precedents")
@Tag(name = "Precedents", description = "How did we negotiate this before?")
class PrecedentController {

  private final PrecedentService precedents;
  private final PrecedentRebuild rebuild;

  PrecedentController(PrecedentService precedents, PrecedentRebuild rebuild) {
    this.precedents = precedents;
    this.rebuild = rebuild;
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

  @Operation(
      summary = "Rebuild the precedent index from the database (admins)",
      description =
          "Re-indexes every signed deal into a new index in the background; searches answer from"
              + " the old index until the new one is complete. 409 while a rebuild is running.")
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
}
