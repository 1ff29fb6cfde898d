package dev.signoff.deal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.OriginalFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API for deals. */
@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals", description = "Submit vendor deals and follow their review")
class DealController {

  private final DealService deals;
  private final DealWithdrawals withdrawals;
  private final ObjectMapper json;

  DealController(DealService deals, DealWithdrawals withdrawals, ObjectMapper json) {
    this.deals = deals;
    this.withdrawals = withdrawals;
    this.json = json;
  }

  /** Why a deal is withdrawn. */
  record Withdrawal(String reason) {}

  @Operation(
      summary = "Withdraw an open deal (its owner or an admin)",
      description =
          "Ends the review with the reason: stage WITHDRAWN, pending sign-offs CANCELLED, open"
              + " tasks removed, timeline and audit trail updated. 400 without a reason, 404 for a"
              + " deal the caller cannot see, 403 for anyone but the owner or an admin, 409 when"
              + " the deal is already closed.")
  @PostMapping("/{dealId}/withdraw")
  DealDetails withdraw(@PathVariable UUID dealId, @RequestBody Withdrawal withdrawal) {
    return withdrawals.withdraw(dealId, withdrawal == null ? null : withdrawal.reason());
  }

  @Operation(
      summary = "Submit a deal with its contract file and start its review",
      description =
          "Multipart request: part 'deal' holds the deal sheet as JSON (title, vendor, models,"
              + " hostingModel, useCase, personalData); part 'contract' the contract file (plain text,"
              + " Markdown, PDF or DOCX). Send an Idempotency-Key header to make a retry safe: the"
              + " same key and request again returns the first 201 (same deal id and Location)"
              + " without a second deal.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DealDetails> submit(
      @RequestPart("deal") @Schema(implementation = DealSheet.class) String deal,
      @RequestPart("contract") MultipartFile contract)
      throws IOException {
    DealSheet sheet = parse(deal);
    DealDetails submitted =
        deals.submit(sheet, new ContractFile(contract.getOriginalFilename(), contract.getBytes()));
    return ResponseEntity.created(URI.create("/api/deals/" + submitted.id())).body(submitted);
  }

  @Operation(summary = "Every deal the caller may see, newest first, with stage and sign-offs")
  @GetMapping
  List<DealDetails> list() {
    return deals.list();
  }

  @Operation(summary = "Overdue reviews escalated to the managers (managers and admins only)")
  @GetMapping("/escalations")
  List<EscalatedReview> escalations() {
    return deals.escalatedReviews();
  }

  @Operation(summary = "One deal: stage, sign-offs done and pending, contract")
  @GetMapping("/{dealId}")
  DealDetails get(@PathVariable UUID dealId) {
    return deals.get(dealId);
  }

  @Operation(summary = "The deal's timeline: routing, decisions, revisions, resets, reminders")
  @GetMapping("/{dealId}/timeline")
  List<SignOffHistory> timeline(@PathVariable UUID dealId) {
    return deals.timeline(dealId);
  }

  @Operation(summary = "The extracted text of the deal's current contract")
  @GetMapping(value = "/{dealId}/contract/text", produces = MediaType.TEXT_PLAIN_VALUE)
  String contractText(@PathVariable UUID dealId) {
    return deals.contractText(dealId);
  }

  @Operation(
      summary = "The original file of the deal's current contract, as an attachment",
      responses =
          @io.swagger.v3.oas.annotations.responses.ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE)))
  @GetMapping("/{dealId}/contract")
  ResponseEntity<byte[]> contractOriginal(@PathVariable UUID dealId) {
    return download(deals.contractOriginal(dealId));
  }

  @Operation(summary = "Every version of the deal's contract: who uploaded it, when, its sha256")
  @GetMapping("/{dealId}/contract/versions")
  List<ContractInfo> contractVersions(@PathVariable UUID dealId) {
    return deals.contractVersions(dealId);
  }

  @Operation(
      summary = "The original file of one version of the deal's contract, as an attachment",
      responses =
          @io.swagger.v3.oas.annotations.responses.ApiResponse(
              responseCode = "200",
              content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE)))
  @GetMapping("/{dealId}/contract/versions/{version}")
  ResponseEntity<byte[]> contractVersionOriginal(
      @PathVariable UUID dealId, @PathVariable int version) {
    return download(deals.contractVersionOriginal(dealId, version));
  }

  /**
   * Never served inline: an attachment of an opaque type, so no uploaded file renders as a page.
   */
  private static ResponseEntity<byte[]> download(OriginalFile file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename(file.fileName()).build());
    headers.set("X-Content-Type-Options", "nosniff");
    return ResponseEntity.ok().headers(headers).body(file.content());
  }

  private DealSheet parse(String deal) {
    try {
      DealSheet sheet = json.readValue(deal, DealSheet.class);
      if (sheet == null) {
        throw new DealSheetInvalid("The 'deal' part is empty.");
      }
      return sheet;
    } catch (JsonProcessingException e) {
      throw new DealSheetInvalid(
          "The 'deal' part is not a valid deal sheet: " + e.getOriginalMessage());
    }
  }
}
