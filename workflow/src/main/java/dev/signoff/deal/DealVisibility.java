package dev.signoff.deal;

import dev.signoff.audit.AccessDenied;
import dev.signoff.audit.AuditTrail;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link DealAccess} to a deal asked for by id. A caller who asks for an existing deal they
 * may not see is refused like for one that does not exist, and the refusal joins the deal's audit
 * trail; a deal that does not exist leaves no trace.
 */
@Component
class DealVisibility {

  private final DealRepository deals;
  private final AuditTrail audit;

  DealVisibility(DealRepository deals, AuditTrail audit) {
    this.deals = deals;
    this.audit = audit;
  }

  /**
   * The deal, if the current caller may see it.
   *
   * @throws DealNotFound when it does not exist or the caller may not see it
   */
  @Transactional(readOnly = true)
  public Deal visible(UUID dealId) {
    Caller caller = CurrentCaller.get();
    Deal deal = deals.findById(dealId).orElseThrow(() -> new DealNotFound(dealId));
    if (!DealAccess.canSee(caller, deal)) {
      audit.recordDenial(
          new AccessDenied(
              dealId,
              caller.username(),
              "",
              "view the deal",
              "not its owner, a reviewing group, a manager or an admin"));
      throw new DealNotFound(dealId);
    }
    return deal;
  }
}
