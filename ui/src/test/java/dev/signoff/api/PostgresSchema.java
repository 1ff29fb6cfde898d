package dev.signoff.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test PostgreSQL server (as for {@link DealReviewApiOnPostgresIntegrationTest}) and schemas of
 * the fault tests in it.
 */
final class PostgresSchema {

  static final String URL = DealReviewApiOnPostgresIntegrationTest.URL;
  static final String USER = DealReviewApiOnPostgresIntegrationTest.USER;
  static final String PASSWORD = DealReviewApiOnPostgresIntegrationTest.PASSWORD;

  private PostgresSchema() {}

  static void recreate(String schema) {
    try (Connection connection = connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare schema " + schema, e);
    }
  }

  /** A direct connection (never through a test proxy) with the schema as search path. */
  static Connection connect(String schema) throws SQLException {
    return DriverManager.getConnection(URL + "?currentSchema=" + schema, USER, PASSWORD);
  }

  static Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, USER, PASSWORD);
  }

  /** The host:port part of the test database URL, e.g. {@code 127.0.0.1:5432}. */
  static String hostAndPort() {
    String rest = URL.substring("jdbc:postgresql://".length());
    return rest.substring(0, rest.indexOf('/'));
  }

  /** The URL with host and port replaced, e.g. by those of a proxy. */
  static String urlThrough(String hostAndPort) {
    return URL.replace("//" + hostAndPort() + "/", "//" + hostAndPort + "/");
  }
}
