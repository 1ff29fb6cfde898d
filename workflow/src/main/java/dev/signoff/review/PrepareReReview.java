package dev.signoff.review;

import dev.signoff.checklist.ChecklistReviews;
import dev.signoff.deal.ReviewRounds;
import java.util.ArrayList;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * After the owner's revision: starts the next round with the groups that must review again, whose
 * answers for the sections the revision changed are cleared to be checked again.
 */
@Component(ReviewProcess.PREPARE_RE_REVIEW)
class PrepareReReview implements JavaDelegate {

  private final ReReviewPlanner planner;
  private final ReviewRounds deals;
  private final ChecklistReviews checklists;

  PrepareReReview(ReReviewPlanner planner, ReviewRounds deals, ChecklistReviews checklists) {
    this.planner = planner;
    this.deals = deals;
    this.checklists = checklists;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID dealId = UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID));
    ReReviewPlanner.Plan plan = planner.plan(dealId);
    deals.startReviewRound(dealId, plan.reasons());
    plan.sectionsToRecheck()
        .forEach((group, sections) -> checklists.clearSections(dealId, group, sections));
    execution.setVariable(ReviewProcess.REVIEW_GROUPS, new ArrayList<>(plan.reasons().keySet()));
    execution.setVariable(ReviewProcess.CHANGES_REQUESTED, false);
  }
}
