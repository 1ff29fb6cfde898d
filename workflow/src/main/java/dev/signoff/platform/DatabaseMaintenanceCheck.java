package dev.signoff.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns once at startup when the PostgreSQL server does not vacuum by itself. The engine's busiest
 * tables (tasks, executions, variables, identity links) gain and lose rows with every step of every
 * review; without autovacuum they fill with dead rows within minutes and are never analysed, so the
 * planner reads them with plans made for empty tables. Measured under load: an execution's
 * variables read through the index of task variables, about 1,900 buffers per read instead of a
 * handful, and every task query scanning thousands of dead rows. Signoff does not vacuum on the
 * server's behalf (that is the database administrator's to schedule); it says so in the log.
 */
@Component
class DatabaseMaintenanceCheck {

  private static final Logger log = LoggerFactory.getLogger(DatabaseMaintenanceCheck.class);

  private final DataSource dataSource;

  DatabaseMaintenanceCheck(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The warning to give, or empty on a PostgreSQL server with autovacuum on and on H2. */
  Optional<String> warning() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return Optional.empty();
      }
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery("SHOW autovacuum")) {
        if (result.next() && "on".equalsIgnoreCase(result.getString(1))) {
          return Optional.empty();
        }
      }
    }
    return Optional.of(
        "PostgreSQL's autovacuum is off: the review engine's tables will fill with dead rows and"
            + " go unanalysed, and every review step will slow down. Turn autovacuum on"
            + " (autovacuum = on in postgresql.conf) or schedule VACUUM (ANALYZE) of Signoff's"
            + " schema every minute or so.");
  }

  @EventListener(ApplicationReadyEvent.class)
  void warnOnce() {
    try {
      warning().ifPresent(log::warn);
    } catch (SQLException e) {
      log.debug("Could not read the database's vacuum setting", e);
    }
  }
}
