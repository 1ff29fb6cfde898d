package dev.signoff.review;

import dev.signoff.deal.ReviewRounds;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Escalates an overdue review to the managers. */
@Component(ReviewProcess.ESCALATE_REVIEW)
class EscalateReview implements JavaDelegate {

  private final ReviewRounds deals;

  EscalateReview(ReviewRounds deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.escalate(
        UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)),
        (String) execution.getVariable(ReviewProcess.REVIEW_GROUP));
  }
}
