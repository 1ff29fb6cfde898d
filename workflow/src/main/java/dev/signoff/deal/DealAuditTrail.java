package dev.signoff.deal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.signoff.audit.AuditEntry;
import dev.signoff.audit.AuditExport;
import dev.signoff.audit.AuditTrail;
import dev.signoff.audit.ChainVerification;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A deal's audit trail for the people who may see the deal: everyone else is told there is no such
 * deal, and the refusal joins the trail. The access check runs in a transaction of its own, before
 * the trail is read in one snapshot.
 */
@Service
public class DealAuditTrail {

  private final DealVisibility visibility;
  private final DealRepository deals;
  private final AuditTrail trail;
  private final ObjectMapper json;

  DealAuditTrail(
      DealVisibility visibility, DealRepository deals, AuditTrail trail, ObjectMapper json) {
    this.visibility = visibility;
    this.deals = deals;
    this.trail = trail;
    this.json = json;
  }

  /**
   * The trails of every deal, admins only: a JSON array of {@link AuditExport}s, one per deal in
   * the order the deals were submitted, each with the result of checking its chain.
   */
  @PreAuthorize("hasRole('admin')")
  public String exportAllJson() {
    List<AuditExport> exports =
        deals.findAllIdsInSubmissionOrder().stream().map(trail::export).toList();
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(exports);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The audit trails were not written", e);
    }
  }

  /**
   * Every entry of the deal's trail, oldest first.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public List<AuditEntry> entries(UUID dealId) {
    return trail.entries(visibility.visible(dealId).id());
  }

  /**
   * Checks the deal's hash chain and names the first entry that is missing, changed or out of line.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public ChainVerification verify(UUID dealId) {
    return trail.verify(visibility.visible(dealId).id());
  }

  /**
   * The trail as a JSON document ({@link AuditExport}): the deal id, the time of the export, the
   * result of checking the chain and every entry.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public String exportJson(UUID dealId) {
    AuditExport export = trail.export(visibility.visible(dealId).id());
    try {
      return json.writerWithDefaultPrettyPrinter().writeValueAsString(export);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The audit trail of deal " + dealId + " was not written", e);
    }
  }

  /**
   * The trail as CSV (RFC 4180), with the stored details and hashes; cells that a spreadsheet would
   * run as a formula are prefixed with a single quote.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public String csv(UUID dealId) {
    return trail.csv(visibility.visible(dealId).id());
  }
}
