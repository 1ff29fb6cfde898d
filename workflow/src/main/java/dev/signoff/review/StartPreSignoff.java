package dev.signoff.review;

import dev.signoff.deal.ReviewRounds;
import dev.signoff.deal.SignOffView;
import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Every review approved: each involved group confirms, in the pre-signoff review, that the deal is
 * ready.
 */
@Component(ReviewProcess.START_PRE_SIGNOFF)
class StartPreSignoff implements JavaDelegate {

  private final ReviewRounds deals;

  StartPreSignoff(ReviewRounds deals) {
    this.deals = deals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID dealId = UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID));
    ArrayList<String> groups =
        new ArrayList<>(deals.reviewSignOffs(dealId).stream().map(SignOffView::group).toList());
    deals.startPreSignoff(dealId, groups);
    execution.setVariable(ReviewProcess.PRE_SIGNOFF_GROUPS, groups);
  }
}
