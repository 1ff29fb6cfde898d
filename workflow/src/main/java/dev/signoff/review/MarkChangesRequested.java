package dev.signoff.review;

import dev.signoff.deal.ReviewRounds;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the deal in "changes requested" while its owner revises the contract. */
@Component(ReviewProcess.MARK_CHANGES_REQUESTED)
class MarkChangesRequested implements JavaDelegate {

  private final ReviewRounds deals;

  MarkChangesRequested(ReviewRounds deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    deals.awaitRevision(UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)));
  }
}
