package dev.signoff.review;

import dev.signoff.deal.ReviewRounds;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records that a review group was reminded of its review that falls due. */
@Component(ReviewProcess.REMIND_REVIEWERS)
class RemindReviewers implements JavaDelegate {

  private final ReviewRounds deals;

  RemindReviewers(ReviewRounds deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.remind(
        UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)),
        (String) execution.getVariable(ReviewProcess.REVIEW_GROUP));
  }
}
