package dev.signoff.deal;

import dev.signoff.contract.ClauseOutline;
import dev.signoff.contract.VersionComparison;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for comparing the versions of a deal's contract and for their clauses. */
@RestController
@RequestMapping("/api/deals/{dealId}/contract")
@Tag(name = "Deals")
class DealContractController {

  private final DealContracts contracts;

  DealContractController(DealContracts contracts) {
    this.contracts = contracts;
  }

  @Operation(
      summary = "Two versions of the deal's contract compared as a redline",
      description =
          "Clause by clause in the order of version 'to', each removed clause where it stood in"
              + " version 'from'. Each clause has a status (ADDED, REMOVED, MOVED, CHANGED,"
              + " RENUMBERED, UNCHANGED), the flags changed / moved / renumbered, its old and new"
              + " number, heading and label, and its text after the number as segments: EQUAL,"
              + " INSERTED or DELETED runs whose texts joined read as the clause. 400 for a version"
              + " number below 1, 404 for a version the deal does not have.")
  @GetMapping("/compare")
  VersionComparison compare(
      @PathVariable UUID dealId,
      @Parameter(description = "The earlier version, from 1") @RequestParam int from,
      @Parameter(description = "The later version, from 1") @RequestParam int to) {
    return contracts.compare(dealId, from, to);
  }

  @Operation(
      summary = "The clauses of one version of the deal's contract",
      description =
          "Number, heading, label and the offsets (start inclusive, end exclusive) of each clause"
              + " in the version's extracted text, in document order; the text before the first"
              + " clause is the preamble, numbered \"\".")
  @GetMapping("/versions/{version}/clauses")
  List<ClauseOutline> clauses(@PathVariable UUID dealId, @PathVariable int version) {
    return contracts.clauses(dealId, version);
  }

  @Operation(
      summary = "The extracted text of one version of the deal's contract",
      description =
          "The text that the clause offsets of that version and the ranges of comment threads"
              + " anchored to it refer to.")
  @GetMapping(value = "/versions/{version}/text", produces = MediaType.TEXT_PLAIN_VALUE)
  String text(@PathVariable UUID dealId, @PathVariable int version) {
    return contracts.text(dealId, version);
  }
}
