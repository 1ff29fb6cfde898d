package dev.signoff.review;

import dev.signoff.checklist.ChecklistSection;
import dev.signoff.checklist.Checklists;
import dev.signoff.contract.Clause;
import dev.signoff.contract.ClauseChanges;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.ReviewRounds;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.SignOffView;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides who reviews again after a revision (section-owned sign-off): every group that requested
 * changes, and every group whose approval covered clauses the new version changed. An approval
 * whose checklist sections the revision left untouched carries over.
 */
@Component
class ReReviewPlanner {

  private final DealLifecycle deals;
  private final ReviewRounds rounds;
  private final ContractStore contracts;
  private final Checklists checklists;

  ReReviewPlanner(
      DealLifecycle deals, ReviewRounds rounds, ContractStore contracts, Checklists checklists) {
    this.deals = deals;
    this.rounds = rounds;
    this.contracts = contracts;
    this.checklists = checklists;
  }

  /**
   * The next round's plan.
   *
   * @param reasons the groups to review again, each with the reason (groups left out keep their
   *     approval)
   * @param sectionsToRecheck per group reviewing again, the checklist sections whose clauses the
   *     new version changed: their earlier answers no longer hold
   */
  record Plan(Map<String, String> reasons, Map<String, Set<String>> sectionsToRecheck) {}

  /** Who reviews again after the revision just uploaded, and which of their answers to re-check. */
  @Transactional(readOnly = true)
  Plan plan(UUID dealId) {
    ContractInfo current = contracts.current(dealId).orElseThrow();
    int version = current.version();
    List<Clause> before =
        ClauseSegmenter.segment(version > 1 ? contracts.textOfVersion(dealId, version - 1) : "");
    List<Clause> after = ClauseSegmenter.segment(contracts.textOfVersion(dealId, version));
    int checklistVersion = deals.checklistVersionOf(dealId);
    Map<String, String> reasons = new LinkedHashMap<>();
    Map<String, Set<String>> recheck = new LinkedHashMap<>();
    for (SignOffView signOff : rounds.reviewSignOffs(dealId)) {
      Map<String, List<String>> changedBySection = new LinkedHashMap<>();
      for (ChecklistSection section : checklists.sectionsOf(checklistVersion, signOff.group())) {
        List<String> changed =
            ClauseChanges.changedClauses(section.clauseKeywords(), before, after);
        if (!changed.isEmpty()) {
          changedBySection.put(section.id(), changed);
        }
      }
      Set<String> changedClauses = new LinkedHashSet<>();
      changedBySection.values().forEach(changedClauses::addAll);
      if (signOff.status() == SignOffStatus.CHANGES_REQUESTED) {
        reasons.put(
            signOff.group(),
            "Changes requested in round "
                + signOff.round()
                + "; version "
                + version
                + " uploaded"
                + (changedClauses.isEmpty()
                    ? "."
                    : ", changing " + String.join("; ", changedClauses) + "."));
        recheck.put(signOff.group(), changedBySection.keySet());
      } else if (signOff.status().isApproval() && !changedClauses.isEmpty()) {
        reasons.put(
            signOff.group(),
            "Approval reset: version "
                + version
                + " changed clauses your checklist covers: "
                + String.join("; ", changedClauses)
                + ".");
        recheck.put(signOff.group(), changedBySection.keySet());
      }
    }
    return new Plan(reasons, recheck);
  }
}
