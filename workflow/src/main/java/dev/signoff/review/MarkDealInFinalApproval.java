package dev.signoff.review;

import dev.signoff.deal.DealLifecycle;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Moves the deal to final approval once every review approved. */
@Component(ReviewProcess.MARK_DEAL_IN_FINAL_APPROVAL)
class MarkDealInFinalApproval implements JavaDelegate {

  private final DealLifecycle deals;

  MarkDealInFinalApproval(DealLifecycle deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.moveToFinalApproval(
        UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)));
  }
}
