package dev.signoff.review;

import dev.signoff.deal.DealLifecycle;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the deal rejected after a rejecting review or a refused final approval. */
@Component(ReviewProcess.MARK_DEAL_REJECTED)
class MarkDealRejected implements JavaDelegate {

  private final DealLifecycle deals;

  MarkDealRejected(DealLifecycle deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.reject(UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)));
  }
}
