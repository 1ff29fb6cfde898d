package dev.signoff.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does autovacuum's work on one schema while a system runs on it, when the PostgreSQL server has
 * autovacuum off (as the development machines' servers do). Without it, the engine's busiest tables
 * (tasks, executions, variables) fill with dead rows within minutes and are never analysed, so the
 * planner picks plans for empty tables: a run then measures a database no production server would
 * be, and the longer the run, the worse. Every {@code every}, each table of the schema is vacuumed
 * and analysed; the statements run on PostgreSQL's CPU, counted with the other processes for either
 * system alike.
 */
final class WorkflowVacuum implements AutoCloseable {

  private final Thread thread;

  private WorkflowVacuum(Thread thread) {
    this.thread = thread;
  }

  /** Whether the server vacuums on its own. */
  static boolean autovacuumOn(String jdbc, String user, String password) throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbc, user, password);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SHOW autovacuum")) {
      result.next();
      return "on".equalsIgnoreCase(result.getString(1));
    }
  }

  /**
   * Starts vacuuming the schema every {@code every}; does nothing when {@code every} is zero or the
   * server has autovacuum on.
   */
  static WorkflowVacuum start(
      String jdbc, String user, String password, String schema, Duration every)
      throws SQLException {
    if (every.isZero() || autovacuumOn(jdbc, user, password)) {
      return new WorkflowVacuum(null);
    }
    Thread thread =
        new Thread(
            () -> {
              try (Connection connection = DriverManager.getConnection(jdbc, user, password)) {
                connection.setAutoCommit(true);
                while (!Thread.currentThread().isInterrupted()) {
                  Thread.sleep(every.toMillis());
                  vacuum(connection, schema);
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } catch (SQLException e) {
                System.err.println("Vacuum of schema " + schema + " stopped: " + e.getMessage());
              }
            },
            "vacuum-" + schema);
    thread.setDaemon(true);
    thread.start();
    return new WorkflowVacuum(thread);
  }

  /**
   * Vacuums the tables with more dead rows than autovacuum's default threshold (50 and a fifth of
   * the live rows) and analyses those with more changes since their last analysis than its
   * threshold for that (50 and a tenth), as autovacuum would.
   */
  private static void vacuum(Connection connection, String schema) throws SQLException {
    List<String> statements = new ArrayList<>();
    try (var query =
        connection.prepareStatement(
            "SELECT relname, n_dead_tup > 50 + 0.2 * n_live_tup,"
                + " n_mod_since_analyze > 50 + 0.1 * n_live_tup"
                + " FROM pg_stat_user_tables WHERE schemaname = ?")) {
      query.setString(1, schema);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          String table =
              String.format(
                  Locale.ROOT,
                  "\"%s\".\"%s\"",
                  schema.replace("\"", "\"\""),
                  result.getString(1).replace("\"", "\"\""));
          if (result.getBoolean(2)) {
            statements.add("VACUUM (ANALYZE) " + table);
          } else if (result.getBoolean(3)) {
            statements.add("ANALYZE " + table);
          }
        }
      }
    }
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (thread != null) {
      thread.interrupt();
      thread.join(60_000);
    }
  }
}
