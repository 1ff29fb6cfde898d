package dev.signoff.deal;

import dev.signoff.identity.Caller;
import dev.signoff.identity.Roles;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see a deal: its owner, the people its owner added by name, the groups that review or
 * approve it (each sign-off stays on the deal once its task is done, so a group that had a task
 * keeps seeing it), managers and admins. This is the one place the rule lives; lists, details,
 * contract files, comments and mentions, audit exports and the precedent index all use it.
 */
final class DealAccess {

  private static final List<String> SEE_ALL = List.of(Roles.MANAGER, Roles.ADMIN);

  private DealAccess() {}

  static boolean canSee(Caller caller, Deal deal) {
    return canSee(
        caller,
        deal.owner(),
        deal.members().contains(caller.username()),
        deal.signOffs().stream().map(SignOff::group).toList());
  }

  /**
   * The same rule on a deal's facts, for lists that do not load the deal.
   *
   * @param member whether the owner added the caller to the deal by name
   * @param signOffGroups the groups of the deal's sign-offs
   */
  static boolean canSee(
      Caller caller, String owner, boolean member, Collection<String> signOffGroups) {
    return caller.username().equals(owner)
        || member
        || caller.isMemberOfAny(SEE_ALL)
        || signOffGroups.stream().anyMatch(caller::isMemberOf);
  }

  /**
   * Whether every member of the group may see the deal through the group alone (the group reviews
   * or approves it, or sees every deal), whoever the member is.
   */
  static boolean groupCanSee(String group, Deal deal) {
    return SEE_ALL.contains(group)
        || deal.signOffs().stream().anyMatch(signOff -> signOff.group().equals(group));
  }

  /** The principals that may see the deal, as the precedent index filters them. */
  static Set<String> readers(Deal deal) {
    Set<String> readers = new LinkedHashSet<>();
    readers.add(Caller.userPrincipal(deal.owner()));
    deal.members().forEach(member -> readers.add(Caller.userPrincipal(member)));
    SEE_ALL.forEach(group -> readers.add(Caller.groupPrincipal(group)));
    deal.signOffs().forEach(signOff -> readers.add(Caller.groupPrincipal(signOff.group())));
    return readers;
  }
}
