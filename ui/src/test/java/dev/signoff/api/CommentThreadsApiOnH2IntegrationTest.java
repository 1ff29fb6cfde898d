package dev.signoff.api;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The comment threads contract on the embedded default database, H2. */
class CommentThreadsApiOnH2IntegrationTest extends CommentThreadsApiContract {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    DealReviewApiContract.commonProperties(registry, "threads-h2");
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:threads-contract;DB_CLOSE_DELAY=-1");
  }
}
