package dev.signoff.review;

import dev.signoff.deal.DealSheet;
import dev.signoff.deal.DealSubmitted;
import dev.signoff.deal.DealWithdrawn;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The one place that talks to Camunda's {@link RuntimeService} about the review process. */
@Component
public class ReviewProcessClient {

  private final RuntimeService runtime;
  private final ReviewProperties properties;
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

  /** The deal of each given process instance (instances that ended are left out). */
  public Map<String, UUID> dealIdsOf(Collection<String> processInstanceIds) {
    Map<String, UUID> dealIds = new HashMap<>();
    if (processInstanceIds.isEmpty()) {
      return dealIds;
    }
    for (ProcessInstance instance :
        runtime
            .createProcessInstanceQuery()
            .processInstanceIds(new java.util.HashSet<>(processInstanceIds))
            .list()) {
      dealIds.put(instance.getId(), UUID.fromString(instance.getBusinessKey()));
    }
    return dealIds;
  }
}
