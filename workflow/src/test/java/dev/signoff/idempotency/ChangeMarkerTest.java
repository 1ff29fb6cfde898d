package dev.signoff.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The CHANGED mark is written in the transaction that commits the request's change, or never. */
class ChangeMarkerTest {

  private JdbcTemplate jdbc;
  private TransactionTemplate transaction;
  private ChangeMarker marker;
  private final UUID claimId = UUID.randomUUID();

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:change-marker-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    jdbc = new JdbcTemplate(dataSource);
    jdbc.execute(
        "CREATE TABLE idempotent_request (caller VARCHAR(200) NOT NULL, idempotency_key"
            + " VARCHAR(255) NOT NULL, claim_id UUID NOT NULL, state VARCHAR(12) NOT NULL,"
            + " claimed_at TIMESTAMP WITH TIME ZONE, PRIMARY KEY (caller, idempotency_key))");
    jdbc.execute("CREATE TABLE change (id INTEGER)");
    jdbc.update(
        "INSERT INTO idempotent_request (caller, idempotency_key, claim_id, state)"
            + " VALUES ('owner', 'k-1', ?, 'IN_PROGRESS')",
        claimId);
    marker = new ChangeMarker(new IdempotentRequests(jdbc, Clock.systemUTC()));
    DataSourceTransactionManager manager = new DataSourceTransactionManager(dataSource);
    manager.setTransactionExecutionListeners(List.of(marker));
    transaction = new TransactionTemplate(manager);
  }

  @AfterEach
  void done() {
    marker.done();
  }

  @Test
  void aCommittedChangeMarksTheKeyOfItsRequest() {
    marker.serving(new ChangeMarker.Claim("owner", "k-1", claimId));

    transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO change VALUES (1)"));

    assertThat(state()).isEqualTo("CHANGED");
  }

  @Test
  void aRolledBackChangeLeavesNoMark() {
    marker.serving(new ChangeMarker.Claim("owner", "k-1", claimId));

    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      jdbc.update("INSERT INTO change VALUES (1)");
                      throw new IllegalStateException("the change fails");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(state()).isEqualTo("IN_PROGRESS");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM change", Long.class)).isZero();
  }

  @Test
  void aReadOnlyTransactionLeavesNoMark() {
    marker.serving(new ChangeMarker.Claim("owner", "k-1", claimId));
    transaction.setReadOnly(true);

    transaction.executeWithoutResult(status -> jdbc.queryForList("SELECT * FROM change"));

    assertThat(state()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aRequestWithoutKeyOrWithAnotherClaimMarksNothing() {
    transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO change VALUES (1)"));
    marker.serving(new ChangeMarker.Claim("owner", "k-1", UUID.randomUUID()));
    transaction.executeWithoutResult(status -> jdbc.update("INSERT INTO change VALUES (2)"));

    assertThat(state()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void aClaimOfAnInterruptedAttemptIsTakenOverOnlyOnceAndOnlyWhileNothingChanged() {
    IdempotentRequests requests = new IdempotentRequests(jdbc, Clock.systemUTC());
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    assertThat(requests.takeOver("owner", "k-1", claimId, first)).isTrue();
    assertThat(requests.takeOver("owner", "k-1", claimId, second)).isFalse();
    requests.markChanged("owner", "k-1", first);
    assertThat(requests.takeOver("owner", "k-1", first, second)).isFalse();
    assertThat(state()).isEqualTo("CHANGED");
  }

  private String state() {
    return jdbc.queryForObject(
        "SELECT state FROM idempotent_request WHERE caller = 'owner' AND idempotency_key = 'k-1'",
        String.class);
  }
}
