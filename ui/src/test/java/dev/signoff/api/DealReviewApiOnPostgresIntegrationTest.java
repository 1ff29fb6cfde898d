package dev.signoff.api;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API contract on PostgreSQL, the production database. Uses the server named by the system
 * property {@code signoff.test.postgres.url} (default: the test database on 127.0.0.1:5432) and a
 * schema of its own that is dropped and created before the run.
 */
@ActiveProfiles("postgres")
class DealReviewApiOnPostgresIntegrationTest extends DealReviewApiContract {

  static final String URL =
      System.getProperty("signoff.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/signoff_test");
  static final String USER = System.getProperty("signoff.test.postgres.user", "postgres");
  static final String PASSWORD = System.getProperty("signoff.test.postgres.password", "");
  static final String SCHEMA = "signoff_api_contract";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    commonProperties(registry);
    registry.add("spring.datasource.url", () -> URL + "?currentSchema=" + SCHEMA);
    registry.add("spring.datasource.username", () -> USER);
    registry.add("spring.datasource.password", () -> PASSWORD);
    registry.add("spring.flyway.schemas", () -> SCHEMA);
  }
}
