package dev.signoff.deal;

import dev.signoff.audit.AccessDenied;
import dev.signoff.audit.AuditTrail;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.identity.Roles;
import dev.signoff.problem.SignoffProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People a deal is shared with by name: its owner (or an admin) adds someone who has no role that
 * sees the deal, and they then see it everywhere the deal shows (lists, details, contract, comments
 * and mentions, audit trail, precedent search) until they are removed.
 */
@Service
public class DealMembers {

  /** Longest user name accepted, as the identity provider's names are stored. */
  public static final int MAX_USERNAME = 200;

  private final DealVisibility visibility;
  private final DealRecords records;
  private final KnownUsers knownUsers;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  DealMembers(
      DealVisibility visibility,
      DealRecords records,
      KnownUsers knownUsers,
      AuditTrail audit,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.visibility = visibility;
    this.records = records;
    this.knownUsers = knownUsers;
    this.audit = audit;
    this.events = events;
    this.transaction = transaction;
  }

  /**
   * The people the deal is shared with by name, sorted.
   *
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  public List<String> members(UUID dealId) {
    return transaction.execute(status -> List.copyOf(visibility.visible(dealId).members()));
  }

  /** Whether the caller may add and remove the deal's members: its owner or an admin. */
  @PreAuthorize("isAuthenticated()")
  public boolean mayManage(UUID dealId) {
    Caller caller = CurrentCaller.get();
    Deal deal = transaction.execute(status -> visibility.visible(dealId));
    return caller.username().equals(deal.owner()) || caller.isMemberOf(Roles.ADMIN);
  }

  /**
   * Shares the deal with a known user (one who has logged in); adding a member again changes
   * nothing. Recorded in the deal's audit trail; a closed deal's precedent gets the new reader.
   *
   * @return the members afterwards, sorted
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   * @throws SignoffProblem 403 when the caller is neither the owner nor an admin (recorded), 400
   *     for a blank or too long name or the owner's own, 422 for a user Signoff has never seen
   */
  @PreAuthorize("isAuthenticated()")
  public List<String> add(UUID dealId, String username) {
    Caller caller = CurrentCaller.get();
    String member = validName(username);
    return changeAsManager(
        caller,
        dealId,
        "share the deal",
        deal -> {
          if (member.equals(deal.owner())) {
            throw new SignoffProblem(
                HttpStatus.BAD_REQUEST,
                "Owner",
                member + " owns the deal and sees it without being added.");
          }
          if (knownUsers.groupsOf(member).isEmpty()) {
            throw new SignoffProblem(
                HttpStatus.UNPROCESSABLE_ENTITY,
                "Unknown user",
                "Signoff has never seen a user named " + member + "; they must log in once first.");
          }
          return deal.addMember(member);
        },
        member,
        true);
  }

  /**
   * Stops sharing the deal with a person added by name.
   *
   * @return the members afterwards, sorted
   * @throws DealNotFound when the deal does not exist or the caller may not see it
   * @throws SignoffProblem 403 when the caller is neither the owner nor an admin (recorded); 404
   *     when the person is not a member of the deal
   */
  @PreAuthorize("isAuthenticated()")
  public List<String> remove(UUID dealId, String username) {
    Caller caller = CurrentCaller.get();
    String member = validName(username);
    return changeAsManager(
        caller,
        dealId,
        "stop sharing the deal",
        deal -> {
          if (!deal.removeMember(member)) {
            throw new SignoffProblem(
                HttpStatus.NOT_FOUND,
                "Member not found",
                "The deal is not shared with '" + member + "' by name.");
          }
          return true;
        },
        member,
        false);
  }

  private List<String> changeAsManager(
      Caller caller,
      UUID dealId,
      String attempted,
      java.util.function.Predicate<Deal> change,
      String member,
      boolean adding) {
    Deal checked = transaction.execute(status -> visibility.visible(dealId));
    if (!caller.username().equals(checked.owner()) && !caller.isMemberOf(Roles.ADMIN)) {
      audit.recordDenial(
          new AccessDenied(
              dealId, caller.username(), member, attempted, "not its owner or an admin"));
      throw new SignoffProblem(
          HttpStatus.FORBIDDEN,
          "Forbidden",
          "Only the deal's owner or an admin shares the deal with other people.");
    }
    return transaction.execute(
        status -> {
          Deal deal = records.load(dealId);
          if (change.test(deal)) {
            events.publishEvent(
                new DealMembershipChanged(
                    dealId, caller.username(), member, adding, deal.stage().isClosed()));
          }
          return List.copyOf(deal.members());
        });
  }

  private static String validName(String username) {
    String name = username == null ? "" : username.strip();
    if (name.isEmpty()
        || name.length() > MAX_USERNAME
        || name.chars().anyMatch(Character::isISOControl)) {
      throw new SignoffProblem(
          HttpStatus.BAD_REQUEST,
          "Invalid user",
          "Name the user in at most " + MAX_USERNAME + " characters.");
    }
    return name;
  }
}
