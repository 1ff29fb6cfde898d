package dev.signoff.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.search.PrecedentIndexes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The API contract on the embedded default database, H2, plus what happens when indexing a signed
 * deal fails: the change log is applied again on the next poll until the deal is found.
 */
class DealReviewApiOnH2IntegrationTest extends DealReviewApiContract {

  @MockitoSpyBean PrecedentIndexes index;

  @Autowired ManagementService jobs;
  @Autowired RuntimeService processes;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    commonProperties(registry, "api-h2");
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:api-contract;DB_CLOSE_DELAY=-1");
    registry.add("signoff.events.retry-after", () -> "1s");
    registry.add("signoff.events.retry-interval", () -> "1s");
  }

  /**
   * The reminder and escalation timers of a review, fired now instead of in three business days
   * (the engine runs a timer job on demand), reach the deal, its timeline and the managers' list.
   */
  @Test
  void overdueReviewIsRemindedThenEscalatedToTheManagers() {
    String dealId =
        submit("Overdue " + uniqueWord(), contract(uniqueWord())).body().get("id").asText();
    String processInstance =
        processes
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(dealId)
            .singleResult()
            .getId();
    for (String timer : List.of("Timer_ReviewReminder", "Timer_ReviewEscalation")) {
      Job legalTimer =
          jobs
              .createJobQuery()
              .processInstanceId(processInstance)
              .activityId(timer)
              .timers()
              .list()
              .stream()
              .filter(
                  job -> "legal".equals(processes.getVariable(job.getExecutionId(), "reviewGroup")))
              .findFirst()
              .orElseThrow();
      jobs.executeJob(legalTimer.getId());
    }

    JsonNode legal = signOff(api.get("owner", "/api/deals/" + dealId).body(), "legal", "REVIEW");
    assertThat(legal.get("status").asText()).isEqualTo("PENDING");
    assertThat(legal.get("remindedAt").isNull()).isFalse();
    assertThat(legal.get("escalatedAt").isNull()).isFalse();
    assertThat(timelineSteps(dealId)).contains("REMINDED", "ESCALATED");
    assertThat(audit().actions(dealId)).containsSubsequence("review.reminded", "review.escalated");
    assertThat(api.get("manager", "/api/deals/escalations").body())
        .anyMatch(
            escalated ->
                escalated.get("dealId").asText().equals(dealId)
                    && escalated.get("group").asText().equals("legal"));
    assertThat(api.get("legal", "/api/deals/escalations").status()).isEqualTo(403);
    JsonNode legalTask = taskOf("legal", dealId);
    assertThat(legalTask.get("kind").asText()).isEqualTo("REVIEW");
    assertThat(legalTask.get("reminded").asBoolean()).isTrue();
    assertThat(taskOf("product", dealId).get("reminded").asBoolean()).isFalse();
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

  /** The embedded database takes part in a third of the contests PostgreSQL runs. */
  @Override
  int contests() {
    return 100;
  }
}
