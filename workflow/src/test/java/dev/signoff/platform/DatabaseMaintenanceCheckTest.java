package dev.signoff.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The startup warning about a PostgreSQL server without autovacuum: given exactly when the test
 * server (the one the PostgreSQL API tests use) has it off, never on H2.
 */
class DatabaseMaintenanceCheckTest {

  @Test
  void warnsExactlyWhenThePostgresServerHasAutovacuumOff() throws SQLException {
    DriverManagerDataSource postgres =
        new DriverManagerDataSource(
            setting("url", "jdbc:postgresql://127.0.0.1:5432/signoff_test"),
            setting("user", "postgres"),
            setting("password", ""));
    boolean autovacuumOn;
    try (Connection connection = postgres.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery("SELECT setting FROM pg_settings WHERE name = 'autovacuum'")) {
      result.next();
      autovacuumOn = result.getString(1).equals("on");
    }

    var warning = new DatabaseMaintenanceCheck(postgres).warning();

    if (autovacuumOn) {
      assertThat(warning).isEmpty();
    } else {
      assertThat(warning)
          .hasValueSatisfying(text -> assertThat(text).contains("autovacuum is off"));
    }
  }

  @Test
  void neverWarnsOnH2() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:maintenance-check");
    assertThat(new DatabaseMaintenanceCheck(h2).warning()).isEmpty();
  }

  /** As the PostgreSQL API tests read it: system property, else environment variable. */
  private static String setting(String name, String fallback) {
    String property = System.getProperty("signoff.test.postgres." + name);
    if (property != null && !property.isBlank()) {
      return property;
    }
    String variable = System.getenv("SIGNOFF_TEST_POSTGRES_" + name.toUpperCase());
    return variable == null || variable.isBlank() ? fallback : variable;
  }
}
