package dev.signoff.review;

import dev.signoff.checklist.Checklists;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.RiskTier;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the routing decision on the deal: its risk tier, the reviews it requires, and the
 * checklist version those reviews answer (kept for the deal's whole life).
 */
@Component(ReviewProcess.RECORD_ROUTING)
class RecordRouting implements JavaDelegate {

  private final DealLifecycle deals;
  private final Checklists checklists;

  RecordRouting(DealLifecycle deals, Checklists checklists) {
    this.deals = deals;
    this.checklists = checklists;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    List<Object> groups = (List<Object>) execution.getVariable(ReviewProcess.REVIEW_GROUPS);
    deals.route(
        UUID.fromString((String) execution.getVariable(ReviewProcess.DEAL_ID)),
        RiskTier.valueOf((String) execution.getVariable(ReviewProcess.RISK_TIER)),
        groups.stream().map(String::valueOf).toList(),
        checklists.currentVersion());
  }
}
