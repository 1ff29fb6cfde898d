package dev.signoff.review;

import dev.signoff.deal.DealLifecycle;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Marks the deal signed once the final approval is given. */
@Component(ReviewProcess.MARK_DEAL_SIGNED)
class MarkDealSigned implements JavaDelegate {

  private final DealLifecycle deals;

  MarkDealSigned(DealLifecycle deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.sign(UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)));
  }
}
