package dev.signoff.inbox;

import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API for uploading a new version of a deal's contract. */
@RestController
@RequestMapping("/api/deals")
@Tag(name = "Deals")
class ContractVersionController {

  private final ContractRevisions revisions;

  ContractVersionController(ContractRevisions revisions) {
    this.revisions = revisions;
  }

  @Operation(
      summary = "Upload a new version of the deal's contract (its owner, while a revision is due)",
      description =
          "Multipart: part 'file' (plain text, Markdown, PDF or DOCX), optional part 'note' (to the"
              + " reviewers). Accepted only from the deal's owner while the deal waits for the"
              + " owner's revision after a reviewer requested changes; it then completes that"
              + " revision and starts the next review round, as POST /api/tasks/{taskId}/revision"
              + " does. 201 with the stored version; 403 for anyone else who can see the deal; 409"
              + " in any other stage; 400, 413, 415 or 422 for a file that cannot be stored.")
  @PostMapping(
      value = "/{dealId}/contract/versions",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ContractInfo> upload(
      @PathVariable UUID dealId,
      @RequestPart("file") MultipartFile file,
      @RequestPart(value = "note", required = false) String note)
      throws IOException {
    ContractInfo stored =
        revisions.upload(
            dealId, new ContractFile(file.getOriginalFilename(), file.getBytes()), note);
    return ResponseEntity.created(
            URI.create("/api/deals/" + dealId + "/contract/versions/" + stored.version()))
        .body(stored);
  }
}
