package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import dev.signoff.search.PrecedentIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The API contract on the embedded default database, H2, plus what happens when indexing a signed
 * deal fails: the after-commit handler is retried until the deal is found.
 */
class DealReviewApiOnH2IntegrationTest extends DealReviewApiContract {

  @MockitoSpyBean PrecedentIndex index;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    commonProperties(registry, "api-h2");
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1");
    registry.add("signoff.events.retry-after", () -> "1s");
    registry.add("signoff.events.retry-interval", () -> "1s");
  }

  @Test
  void indexingThatFailsIsRetriedUntilTheSignedDealIsAPrecedent() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    doAnswer(
            invocation -> {
              if (attempts.getAndIncrement() == 0) {
                throw new UncheckedIOException(
                    "Index disk unavailable", new IOException("No space left"));
              }
              return invocation.callRealMethod();
            })
        .when(index)
        .upsert(any());

    String marker = uniqueWord();
    String dealId = signedDeal(marker);

    assertThat(awaitPrecedent("manager", marker, dealId).get("outcome").asText())
        .isEqualTo("SIGNED");
    assertThat(attempts.get()).isGreaterThanOrEqualTo(2);
  }
}
