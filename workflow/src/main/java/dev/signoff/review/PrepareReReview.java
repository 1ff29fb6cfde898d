package dev.signoff.review;

import dev.signoff.deal.DealLifecycle;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** After the owner's revision: starts the next round with the groups that must review again. */
@Component(ReviewProcess.PREPARE_RE_REVIEW)
class PrepareReReview implements JavaDelegate {

  private final ReReviewPlanner planner;
  private final DealLifecycle deals;

  PrepareReReview(ReReviewPlanner planner, DealLifecycle deals) {
    this.planner = planner;
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID dealId = UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID));
    Map<String, String> again = planner.groupsToReviewAgain(dealId);
    deals.startReviewRound(dealId, again);
    execution.setVariable(ReviewProcess.REVIEW_GROUPS, new ArrayList<>(again.keySet()));
    execution.setVariable(ReviewProcess.CHANGES_REQUESTED, false);
  }
}
