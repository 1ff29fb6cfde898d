package dev.signoff.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class KnownUsersTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T09:00:00Z"));
  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private KnownUsers knownUsers;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:known-users-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = JdbcClient.create(dataSource);
    jdbc.sql(
            "CREATE TABLE known_user (username VARCHAR(200) NOT NULL PRIMARY KEY, groups"
                + " VARCHAR(2000) NOT NULL, last_seen TIMESTAMP WITH TIME ZONE NOT NULL)")
        .update();
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    knownUsers = new KnownUsers(jdbc, transaction, clock);
  }

  @Test
  void aUserSeenAgainWithTheSameGroupsIsNotWrittenAgainWithinTheRefreshTime() {
    knownUsers.record(new Caller("legal-2", Set.of("legal")));
    Instant firstSeen = lastSeen("legal-2");

    clock.advance(KnownUsers.REFRESH.minusSeconds(1));
    knownUsers.record(new Caller("legal-2", Set.of("legal")));

    assertThat(lastSeen("legal-2")).isEqualTo(firstSeen);
    assertThat(knownUsers.groupsOf("legal-2")).contains(Set.of("legal"));
  }

  @Test
  void aUserSeenAfterTheRefreshTimeIsWrittenAgain() {
    knownUsers.record(new Caller("legal-2", Set.of("legal")));

    clock.advance(KnownUsers.REFRESH.plusSeconds(1));
    knownUsers.record(new Caller("legal-2", Set.of("legal")));

    assertThat(lastSeen("legal-2")).isEqualTo(clock.instant());
  }

  @Test
  void changedGroupsAreWrittenAtOnce() {
    knownUsers.record(new Caller("legal-2", Set.of("legal")));

    clock.advance(Duration.ofSeconds(1));
    knownUsers.record(new Caller("legal-2", Set.of("legal", "manager")));

    assertThat(knownUsers.groupsOf("legal-2")).contains(Set.of("legal", "manager"));
  }

  @Test
  void aWriteRolledBackWithItsTransactionIsWrittenAgainNextTime() {
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      knownUsers.record(new Caller("legal-2", Set.of("legal")));
                      throw new IllegalStateException("the caller's transaction fails");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(knownUsers.groupsOf("legal-2")).isEqualTo(Optional.empty());

    knownUsers.record(new Caller("legal-2", Set.of("legal")));

    assertThat(knownUsers.groupsOf("legal-2")).contains(Set.of("legal"));
  }

  private Instant lastSeen(String username) {
    return jdbc.sql("SELECT last_seen FROM known_user WHERE username = :username")
        .param("username", username)
        .query(java.sql.Timestamp.class)
        .single()
        .toInstant();
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {

    private Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
