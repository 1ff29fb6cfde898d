package dev.signoff.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The people of one load run: deal owners, reviewers spread over the four review groups, and
 * managers. Each has a login (the user name the system knows) and the API client whose
 * client-credentials tokens act as that user.
 */
final class WorkflowUsers {

  /** What a user does in the run. */
  enum Role {
    OWNER,
    REVIEWER,
    MANAGER
  }

  /**
   * One simulated user.
   *
   * @param name the user's name in the report and the bare engine
   * @param login the user name in Signoff
   * @param group the user's group
   * @param clientId the API client of the user in Signoff's built-in identity provider
   * @param clientSecret that client's secret
   */
  record User(
      String name, String login, Role role, String group, String clientId, String clientSecret) {}

  static final List<String> REVIEW_GROUPS =
      List.of("legal", "security-privacy", "engineering", "product");
  private static final List<String> DEMO_REVIEWERS =
      List.of("legal", "security", "engineering", "product");

  final List<User> owners = new ArrayList<>();
  final List<User> reviewers = new ArrayList<>();
  final List<User> managers = new ArrayList<>();

  /**
   * Users with names of their own ({@code owner-1}, {@code legal-1} ...), as configured in
   * Signoff's built-in identity provider, each with an API client named after the user.
   */
  static WorkflowUsers configured(
      int owners, int reviewers, int managers, String clientPrefix, String secret) {
    WorkflowUsers users = new WorkflowUsers();
    for (int i = 1; i <= owners; i++) {
      users.owners.add(
          user("owner-" + i, "owner-" + i, Role.OWNER, "deal-owner", clientPrefix, secret));
    }
    for (int i = 0; i < reviewers; i++) {
      String group = REVIEW_GROUPS.get(i % REVIEW_GROUPS.size());
      String name = group + "-" + (i / REVIEW_GROUPS.size() + 1);
      users.reviewers.add(user(name, name, Role.REVIEWER, group, clientPrefix, secret));
    }
    for (int i = 1; i <= managers; i++) {
      users.managers.add(
          user("manager-" + i, "manager-" + i, Role.MANAGER, "manager", clientPrefix, secret));
    }
    return users;
  }

  /**
   * The same number of simulated users, all acting as the nine demo users of the built-in provider:
   * every simulated legal reviewer is the demo user {@code legal}, and so on.
   */
  static WorkflowUsers demo(int owners, int reviewers, int managers) {
    WorkflowUsers users = new WorkflowUsers();
    for (int i = 1; i <= owners; i++) {
      users.owners.add(
          new User("owner-" + i, "owner", Role.OWNER, "deal-owner", "demo-owner", "demo"));
    }
    for (int i = 0; i < reviewers; i++) {
      String group = REVIEW_GROUPS.get(i % REVIEW_GROUPS.size());
      String login = DEMO_REVIEWERS.get(i % REVIEW_GROUPS.size());
      users.reviewers.add(
          new User(
              group + "-" + (i / REVIEW_GROUPS.size() + 1),
              login,
              Role.REVIEWER,
              group,
              "demo-" + login,
              "demo"));
    }
    for (int i = 1; i <= managers; i++) {
      users.managers.add(
          new User("manager-" + i, "manager", Role.MANAGER, "manager", "demo-manager", "demo"));
    }
    return users;
  }

  private static User user(
      String name, String login, Role role, String group, String clientPrefix, String secret) {
    return new User(name, login, role, group, clientPrefix + login, secret);
  }

  List<User> all() {
    List<User> all = new ArrayList<>(owners);
    all.addAll(reviewers);
    all.addAll(managers);
    return all;
  }
}
