package dev.signoff.deal;

import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a deal, for other modules that act on a deal's behalf (comment threads, mentions).
 * The rule itself lives in {@link DealAccess}.
 */
@Service
public class DealVisibility {

  private final DealRepository deals;

  DealVisibility(DealRepository deals) {
    this.deals = deals;
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

  private Deal visible(UUID dealId) {
    Caller caller = CurrentCaller.get();
    return deals
        .findById(dealId)
        .filter(deal -> DealAccess.canSee(caller, deal))
        .orElseThrow(() -> new DealNotFound(dealId));
  }
}
