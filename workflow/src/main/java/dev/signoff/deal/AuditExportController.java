package dev.signoff.deal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the audit trails of all deals at once (admins). */
@RestController
@Tag(name = "Audit trail")
class AuditExportController {

  private final DealAuditTrail audit;

  AuditExportController(DealAuditTrail audit) {
    this.audit = audit;
  }

  @Operation(
      summary = "The audit trails of every deal, as one JSON download (admins only)",
      description =
          "An array with one export per deal (deal id, time, chain check, entries), in submission"
              + " order. 403 for anyone but an admin.")
  @GetMapping("/api/audit/export")
  ResponseEntity<byte[]> exportAll() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setContentDisposition(
        ContentDisposition.attachment().filename("audit-all-deals.json").build());
    headers.set("X-Content-Type-Options", "nosniff");
    return ResponseEntity.ok()
        .headers(headers)
        .body(audit.exportAllJson().getBytes(StandardCharsets.UTF_8));
  }
}
