package dev.signoff.comment;

import dev.signoff.deal.DealVisibility;
import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.identity.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Suggestions for {@code @mentions}: the users and groups that can see the deal. */
@Service
public class MentionCandidates {

  /** Most suggestions returned at once. */
  public static final int LIMIT = 20;

  private final ThreadAccess access;
  private final DealVisibility visibility;
  private final KnownUsers knownUsers;

  MentionCandidates(ThreadAccess access, DealVisibility visibility, KnownUsers knownUsers) {
    this.access = access;
    this.visibility = visibility;
    this.knownUsers = knownUsers;
  }

  /**
   * Users (known from their sign-in) and groups that can see the deal whose name or label starts
   * with the prefix, ignoring case (all of them for a blank prefix): users first, then groups, each
   * by name; at most {@link #LIMIT}.
   *
   * @throws dev.signoff.deal.DealNotFound when the caller may not see the deal
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<MentionCandidate> candidates(UUID dealId, String prefix) {
    access.requireDeal(dealId);
    String wanted =
        prefix == null ? "" : prefix.strip().replaceFirst("^@", "").toLowerCase(Locale.ROOT);
    List<Caller> users = knownUsers.all();
    List<MentionCandidate> found = new ArrayList<>();
    for (Caller user : users) {
      MentionCandidate candidate = new MentionCandidate(user.username(), userLabel(user), false);
      if (matches(candidate, wanted) && visibility.isVisibleTo(dealId, user)) {
        found.add(candidate);
      }
    }
    TreeSet<String> groups = new TreeSet<>(Roles.ALL);
    users.forEach(user -> groups.addAll(user.groups()));
    for (String group : groups) {
      MentionCandidate candidate =
          new MentionCandidate(group, Roles.label(group) + " (group)", true);
      boolean shadowedByUser = found.stream().anyMatch(user -> user.name().equals(group));
      if (!shadowedByUser
          && matches(candidate, wanted)
          && visibility.isVisibleToGroup(dealId, group)) {
        found.add(candidate);
      }
    }
    return found.stream().limit(LIMIT).toList();
  }

  private static String userLabel(Caller user) {
    String groups =
        user.groups().stream().sorted().map(Roles::label).collect(Collectors.joining(", "));
    return groups.isEmpty() ? user.username() : user.username() + " — " + groups;
  }

  private static boolean matches(MentionCandidate candidate, String prefix) {
    return prefix.isEmpty()
        || candidate.name().toLowerCase(Locale.ROOT).startsWith(prefix)
        || candidate.label().toLowerCase(Locale.ROOT).startsWith(prefix);
  }
}
