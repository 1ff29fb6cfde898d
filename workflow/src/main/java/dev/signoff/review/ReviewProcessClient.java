package dev.signoff.review;

import dev.signoff.deal.DealSheet;
import dev.signoff.deal.DealSubmitted;
import dev.signoff.deal.DealWithdrawn;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one place that talks to Camunda's {@link RuntimeService} about the review process. */
@Component
public class ReviewProcessClient {

  /** How many process instances' deals are remembered at most. */
  static final int REMEMBERED = 20_000;

  private final RuntimeService runtime;
  private final ReviewProperties properties;
  private final Map<String, UUID> dealOfInstance = new ConcurrentHashMap<>();
  private final Clock clock;

  ReviewProcessClient(RuntimeService runtime, ReviewProperties properties, Clock clock) {
    this.runtime = runtime;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Starts the review inside the submitting transaction; the deal id is the business key. The deal
   * sheet's facts become the inputs of the routing decision.
   */
  @EventListener
  void on(DealSubmitted submitted) {
    Instant now = clock.instant();
    DealSheet sheet = submitted.sheet();
    runtime.startProcessInstanceByKey(
        ReviewProcess.PROCESS_KEY,
        submitted.dealId().toString(),
        Variables.createVariables()
            .putValue(ReviewProcess.DEAL_ID, submitted.dealId().toString())
            .putValue(ReviewProcess.OWNER, submitted.owner())
            .putValue(ReviewProcess.CHANGES_REQUESTED, false)
            .putValue(ReviewProcess.USE_CASE_DOMAINS, names(sheet.useCaseDomains()))
            .putValue(ReviewProcess.DATA_CATEGORIES, names(sheet.dataCategories()))
            .putValue(ReviewProcess.INTEGRATION_PATTERN, sheet.integrationPattern().name())
            .putValue(ReviewProcess.HOSTING_MODEL, sheet.hostingModel().name())
            .putValue(ReviewProcess.VENDOR_MAY_TRAIN, sheet.vendorMayTrain())
            .putValue(ReviewProcess.FINE_TUNING, sheet.fineTuning())
            .putValue(ReviewProcess.REVIEW_DUE, Date.from(now.plus(properties.reviewDuration())))
            .putValue(
                ReviewProcess.FINAL_APPROVAL_DUE,
                Date.from(
                    now.plus(properties.reviewDuration()).plus(properties.finalApprovalDuration())))
            .putValue(ReviewProcess.REJECTED, false));
  }

  /**
   * Ends the withdrawn deal's review inside the withdrawing transaction: the engine cancels its
   * open tasks and timers, and the deal's audit trail records each cancelled task.
   */
  @EventListener
  void on(DealWithdrawn withdrawn) {
    ProcessInstance instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(withdrawn.dealId().toString())
            .processDefinitionKey(ReviewProcess.PROCESS_KEY)
            .singleResult();
    if (instance != null) {
      runtime.deleteProcessInstance(
          instance.getId(),
          "Deal withdrawn by " + withdrawn.withdrawnBy() + ": " + withdrawn.reason());
    }
  }

  private static ArrayList<String> names(List<? extends Enum<?>> values) {
    return values.stream()
        .map(Enum::name)
        .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
  }

  /**
   * The deal of the process instance, or null when it was not seen before and is not running. An
   * instance's deal never changes, so the answer is remembered (for the {@link #REMEMBERED} most
   * recently added instances) and given again even after the instance ended.
   */
  public UUID dealIdOf(String processInstanceId) {
    UUID known = dealOfInstance.get(processInstanceId);
    if (known != null) {
      return known;
    }
    ProcessInstance instance =
        runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return null;
    }
    UUID dealId = UUID.fromString(instance.getBusinessKey());
    remember(processInstanceId, dealId);
    return dealId;
  }

  private void remember(String processInstanceId, UUID dealId) {
    if (dealOfInstance.size() >= REMEMBERED) {
      // Bounded by starting over: the instances still in review are looked up again once.
      dealOfInstance.clear();
    }
    dealOfInstance.put(processInstanceId, dealId);
  }
}
