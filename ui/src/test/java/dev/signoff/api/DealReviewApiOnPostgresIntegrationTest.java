package dev.signoff.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API contract on PostgreSQL, the production database. Uses the server named by {@code
 * SIGNOFF_TEST_POSTGRES_URL} / {@code _USER} / {@code _PASSWORD} (or the system properties {@code
 * signoff.test.postgres.url} / {@code .user} / {@code .password}; default: database {@code
 * signoff_test} on 127.0.0.1:5432 as {@code postgres}) and a schema of its own that is dropped and
 * created before the run ({@code signoff.test.postgres.schema}, default {@code
 * signoff_api_contract}, so that runs side by side in one database keep apart).
 */
@ActiveProfiles("postgres")
class DealReviewApiOnPostgresIntegrationTest extends DealReviewApiContract {

  static final String URL = setting("url", "jdbc:postgresql://127.0.0.1:5432/signoff_test");
  static final String USER = setting("user", "postgres");
  static final String PASSWORD = setting("password", "");
  static final String SCHEMA = setting("schema", "signoff_api_contract");

  /**
   * From the system property signoff.test.postgres.NAME, else the variable
   * SIGNOFF_TEST_POSTGRES_NAME.
   */
  private static String setting(String name, String fallback) {
    String property = System.getProperty("signoff.test.postgres." + name);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String variable = System.getenv("SIGNOFF_TEST_POSTGRES_" + name.toUpperCase());
    return variable == null || variable.isBlank() ? fallback : variable;
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    commonProperties(registry, "api-postgres");
    registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
    registry.add("spring.flyway.schemas", () -> SCHEMA);
    // The engine looks for its tables in this schema only; otherwise it finds them in another test
    // schema of the same database and skips creating its own.
    registry.add("camunda.bpm.database.schema-name", () -> SCHEMA);
    registry.add("camunda.bpm.database.table-prefix", () -> SCHEMA + ".");
  }
}
