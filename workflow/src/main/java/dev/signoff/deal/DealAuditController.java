package dev.signoff.deal;

import dev.signoff.audit.AuditEntry;
import dev.signoff.audit.ChainVerification;
import dev.signoff.problem.SignoffProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for a deal's audit trail: list, check, export. */
@RestController
@RequestMapping("/api/deals/{dealId}/audit")
@Tag(
    name = "Audit trail",
    description =
        "Every change to a deal, hash-chained: read it, check it, export it (whoever may see the"
            + " deal)")
class DealAuditController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final DealAuditTrail audit;

  DealAuditController(DealAuditTrail audit) {
    this.audit = audit;
  }

  @Operation(
      summary = "The deal's audit trail, oldest first",
      description =
          "Each entry: sequence (from 1), time, actor, action, subject, details, and its hash over"
              + " its content and the previous entry's hash. 404 when the caller may not see the"
              + " deal.")
  @GetMapping
  List<AuditEntry> entries(@PathVariable UUID dealId) {
    return audit.entries(dealId);
  }

  @Operation(
      summary = "Check the deal's hash chain",
      description =
          "{intact: true, entries: N}, or {intact: false, firstBroken: {sequence, id, reason}} naming"
              + " the first entry that is missing, was changed, or does not follow the one before.")
  @GetMapping("/verify")
  ChainVerification verify(@PathVariable UUID dealId) {
    return audit.verify(dealId);
  }

  @Operation(
      summary = "Download the deal's audit trail as JSON or CSV",
      description =
          "JSON: the entries with the result of checking them. CSV (RFC 4180): one row per entry"
              + " with the stored details and hashes; cells starting with = + - @ are prefixed with"
              + " a single quote.",
      responses =
          @ApiResponse(
              responseCode = "200",
              content = {
                @Content(mediaType = "application/json"),
                @Content(mediaType = "text/csv")
              }))
  @GetMapping("/export")
  ResponseEntity<byte[]> export(
      @PathVariable UUID dealId,
      @Parameter(schema = @Schema(allowableValues = {"json", "csv"}))
          @RequestParam(defaultValue = "json")
          String format) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "csv" ->
          download(
              audit.csv(dealId).getBytes(StandardCharsets.UTF_8), CSV, "audit-" + dealId + ".csv");
      case "json" ->
          download(
              audit.exportJson(dealId).getBytes(StandardCharsets.UTF_8),
              MediaType.APPLICATION_JSON,
              "audit-" + dealId + ".json");
      default ->
          throw new SignoffProblem(
              HttpStatus.BAD_REQUEST, "Invalid input", "Export format is json or csv.");
    };
  }

  private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
    headers.set("X-Content-Type-Options", "nosniff");
    return ResponseEntity.ok().headers(headers).body(content);
  }
}
