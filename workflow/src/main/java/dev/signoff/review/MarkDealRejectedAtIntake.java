package dev.signoff.review;

import dev.signoff.deal.DealLifecycle;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Ends a deal whose use the routing decision found prohibited, with the decision's reason. */
@Component(ReviewProcess.MARK_DEAL_REJECTED_AT_INTAKE)
class MarkDealRejectedAtIntake implements JavaDelegate {

  private final DealLifecycle deals;

  MarkDealRejectedAtIntake(DealLifecycle deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<?, ?> prohibition = (Map<?, ?>) execution.getVariable(ReviewProcess.PROHIBITION);
    deals.rejectAtIntake(
        UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)),
        String.valueOf(prohibition.get(ReviewProcess.PROHIBITION_REASON)));
  }
}
