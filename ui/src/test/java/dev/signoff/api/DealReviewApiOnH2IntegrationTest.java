package dev.signoff.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The API contract on the embedded default database, H2. */
class DealReviewApiOnH2IntegrationTest extends DealReviewApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    commonProperties(registry);
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1");
  }
}
