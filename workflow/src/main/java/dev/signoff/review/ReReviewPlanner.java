package dev.signoff.review;

import dev.signoff.checklist.Checklists;
import dev.signoff.contract.ClauseChanges;
import dev.signoff.contract.ClauseSegmenter;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.SignOffStatus;
import dev.signoff.deal.SignOffView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final ContractStore contracts;
  private final Checklists checklists;

  ReReviewPlanner(DealLifecycle deals, ContractStore contracts, Checklists checklists) {
    this.deals = deals;
    this.contracts = contracts;
    this.checklists = checklists;
  }

  /** The groups to review again, each with the reason; groups left out keep their approval. */
  @Transactional(readOnly = true)
  Map<String, String> groupsToReviewAgain(UUID dealId) {
    ContractInfo current = contracts.current(dealId).orElseThrow();
    int version = current.version();
    var before =
        ClauseSegmenter.segment(version > 1 ? contracts.textOfVersion(dealId, version - 1) : "");
    var after = ClauseSegmenter.segment(contracts.textOfVersion(dealId, version));
    int checklistVersion = deals.checklistVersionOf(dealId);
    Map<String, String> again = new LinkedHashMap<>();
    for (SignOffView signOff : deals.reviewSignOffs(dealId)) {
      if (signOff.status() == SignOffStatus.CHANGES_REQUESTED) {
        again.put(
            signOff.group(),
            "Changes requested in round "
                + signOff.round()
                + "; version "
                + version
                + " uploaded.");
      } else if (signOff.status().isApproval()) {
        List<String> keywords =
            checklists.sectionsOf(checklistVersion, signOff.group()).stream()
                .flatMap(section -> section.clauseKeywords().stream())
                .toList();
        List<String> changed = ClauseChanges.changedClauses(keywords, before, after);
        if (!changed.isEmpty()) {
          again.put(
              signOff.group(),
              "Approval reset: version "
                  + version
                  + " changed clauses your checklist covers: "
                  + String.join("; ", changed)
                  + ".");
        }
      }
    }
    return again;
  }
}
