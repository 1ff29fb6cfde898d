package dev.signoff.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The HTTP surface's security on the embedded default database, H2. */
class SecuritySurfaceOnH2IntegrationTest extends SecuritySurfaceContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    securityProperties(registry, "security-h2");
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:security-surface;DB_CLOSE_DELAY=-1");
  }
}
