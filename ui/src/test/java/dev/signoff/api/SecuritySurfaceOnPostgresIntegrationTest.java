package dev.signoff.api;

import static dev.signoff.api.DealReviewApiOnPostgresIntegrationTest.PASSWORD;
import static dev.signoff.api.DealReviewApiOnPostgresIntegrationTest.URL;
import static dev.signoff.api.DealReviewApiOnPostgresIntegrationTest.USER;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP surface's security on PostgreSQL, in a schema of its own on the server the deal review
 * contract uses (see {@link DealReviewApiOnPostgresIntegrationTest}).
 */
@ActiveProfiles("postgres")
class SecuritySurfaceOnPostgresIntegrationTest extends SecuritySurfaceContract {

  static final String SCHEMA = "signoff_security_surface";

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
    }
    securityProperties(registry, "security-postgres");
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
