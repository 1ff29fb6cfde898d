package dev.signoff.deal;

import dev.signoff.audit.AccessDenied;
import dev.signoff.audit.AuditTrail;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies {@link DealAccess} to a deal asked for by id, for this module's services and for other
 * modules that act on a deal's behalf (comment threads, mentions). A caller who asks for an
 * existing deal they may not see is refused like for one that does not exist, and the refusal joins
 * the deal's audit trail; a deal that does not exist leaves no trace.
 */
@Service
public class DealVisibility {

  private final DealRepository deals;
  private final AuditTrail audit;

  DealVisibility(DealRepository deals, AuditTrail audit) {
    this.deals = deals;
    this.audit = audit;
  }

  /**
   * Checks that the caller may see the deal.
   *
   * @throws DealNotFound when it does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public void requireVisible(UUID dealId) {
    visible(dealId);
  }

  /**
   * Whether another user (with the groups they have) may see the deal; asked by a caller who sees
   * it.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isVisibleTo(UUID dealId, Caller other) {
    return DealAccess.canSee(other, visible(dealId));
  }

  /**
   * Whether every member of the group may see the deal through the group; asked by a caller who
   * sees it.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public boolean isVisibleToGroup(UUID dealId, String group) {
    return DealAccess.groupCanSee(group, visible(dealId));
  }

  /**
   * The deal, if the current caller may see it.
   *
   * @throws DealNotFound when it does not exist or the caller may not see it
   */
  @Transactional(readOnly = true)
  Deal visible(UUID dealId) {
    Caller caller = CurrentCaller.get();
    Deal deal = deals.findById(dealId).orElseThrow(() -> new DealNotFound(dealId));
    if (!DealAccess.canSee(caller, deal)) {
      audit.recordDenial(
          new AccessDenied(
              dealId,
              caller.username(),
              "",
              "view the deal",
              "not its owner, a person it was shared with, a reviewing group, a manager or an admin"));
      throw new DealNotFound(dealId);
    }
    return deal;
  }
}
