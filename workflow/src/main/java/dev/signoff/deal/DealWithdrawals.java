package dev.signoff.deal;

import dev.signoff.audit.AccessDenied;
import dev.signoff.audit.AuditTrail;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.problem.SignoffProblem;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Withdrawing an open deal: its owner (or an admin) ends the review before a decision. */
@Service
public class DealWithdrawals {

  /** Longest reason accepted. */
  public static final int MAX_REASON = 2000;

  private final DealVisibility visibility;
  private final DealRecords records;
  private final DealViews views;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DealWithdrawals(
      DealVisibility visibility,
      DealRecords records,
      DealViews views,
      AuditTrail audit,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Clock clock) {
    this.visibility = visibility;
    this.records = records;
    this.views = views;
    this.audit = audit;
    this.events = events;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Withdraws the deal with the reason: its stage becomes {@link DealStage#WITHDRAWN}, pending
   * sign-offs are cancelled, its review process ends (its open tasks leave every inbox), and the
   * timeline, audit trail and precedent index record it, all in one transaction.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   * @throws SignoffProblem 400 without a reason or with one longer than {@link #MAX_REASON}, 403
   *     when the caller is neither the deal's owner nor an admin, 409 when the deal is closed
   */
  @PreAuthorize("isAuthenticated()")
  public DealDetails withdraw(UUID dealId, String reason) {
    Caller caller = CurrentCaller.get();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      throw new SignoffProblem(
          HttpStatus.BAD_REQUEST,
          "Invalid reason",
          "Say why the deal is withdrawn, in at most " + MAX_REASON + " characters.");
    }
    Deal checked = visibility.visible(dealId);
    if (!caller.username().equals(checked.owner()) && !caller.isMemberOf(Roles.ADMIN)) {
      audit.recordDenial(
          new AccessDenied(
              dealId, caller.username(), "", "withdraw the deal", "not its owner or an admin"));
      throw new SignoffProblem(
          HttpStatus.FORBIDDEN,
          "Forbidden",
          "Only the deal's owner or an admin may withdraw the deal.");
    }
    return transaction.execute(
        status -> {
          Deal deal = records.load(dealId);
          if (deal.stage().isClosed()) {
            throw new SignoffProblem(
                HttpStatus.CONFLICT,
                "Deal closed",
                "The deal is already " + deal.stage().label().toLowerCase() + ".");
          }
          deal.withdraw(why, clock.instant());
          records.note(deal, null, null, "WITHDRAWN", caller.username(), why);
          events.publishEvent(new DealWithdrawn(dealId, caller.username(), why));
          return views.details(deal);
        });
  }
}
