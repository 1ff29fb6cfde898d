package dev.signoff.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Users seen at login with their groups. The identity provider owns users and groups; Signoff keeps
 * what it saw, so that a task is only delegated or reassigned to a member of the task's group.
 */
@Service
public class KnownUsers {

  /** How long a user recorded with the same groups is not written again. */
  static final Duration REFRESH = Duration.ofMinutes(5);

  private record Recorded(String groups, Instant at) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Map<String, Recorded> recorded = new ConcurrentHashMap<>();

  private final TransactionTemplate transaction;

  KnownUsers(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * Remembers the user and their current groups. A user whose groups this node wrote within the
   * last {@link #REFRESH} is not written again (nor is a connection taken): API clients present a
   * token with every request.
   */
  public void record(Caller user) {
    String groups = String.join(",", new TreeSet<>(user.groups()));
    Instant now = clock.instant();
    Recorded last = recorded.get(user.username());
    if (last != null && last.groups().equals(groups) && last.at().plus(REFRESH).isAfter(now)) {
      return;
    }
    transaction.executeWithoutResult(status -> write(user, groups));
    // Only once the write is committed (it joins a caller's transaction, if there is one): a
    // rolled-back write must not be taken as done.
    Recorded written = new Recorded(groups, now);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              recorded.put(user.username(), written);
            }
          });
    } else {
      recorded.put(user.username(), written);
    }
  }

  private void write(Caller user, String groups) {
    int updated =
        jdbc.sql(
                "UPDATE known_user SET groups = :groups, last_seen = :now WHERE username = :username")
            .param("groups", groups)
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .param("username", user.username())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO known_user (username, groups, last_seen) VALUES (:username, :groups, :now)")
          .param("username", user.username())
          .param("groups", groups)
          .param("now", java.sql.Timestamp.from(clock.instant()))
          .update();
    }
  }

  /** The groups the user had when last seen. */
  @Transactional(readOnly = true)
  public Optional<Set<String>> groupsOf(String username) {
    return jdbc.sql("SELECT groups FROM known_user WHERE username = :username")
        .param("username", username)
        .query(String.class)
        .optional()
        .map(KnownUsers::split);
  }

  /** Every known user with the groups they had when last seen, by name. */
  @Transactional(readOnly = true)
  public List<Caller> all() {
    return jdbc.sql("SELECT username, groups FROM known_user ORDER BY username")
        .query(
            (row, number) -> new Caller(row.getString("username"), split(row.getString("groups"))))
        .list();
  }

  /** The known members of a group, by name. */
  @Transactional(readOnly = true)
  public List<String> membersOf(String group) {
    return jdbc
        .sql("SELECT username, groups FROM known_user ORDER BY username")
        .query(
            (row, number) -> new Caller(row.getString("username"), split(row.getString("groups"))))
        .list()
        .stream()
        .filter(user -> user.isMemberOf(group))
        .map(Caller::username)
        .collect(Collectors.toList());
  }

  private static Set<String> split(String groups) {
    return Arrays.stream(groups.split(","))
        .map(String::strip)
        .filter(group -> !group.isEmpty())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }
}
