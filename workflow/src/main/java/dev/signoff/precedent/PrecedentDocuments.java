package dev.signoff.precedent;

import dev.signoff.checklist.ClauseOwners;
import dev.signoff.contract.Clause;
import dev.signoff.deal.DealDetails;
import dev.signoff.deal.PrecedentSource;
import dev.signoff.deal.SignOffKind;
import dev.signoff.deal.SignOffView;
import dev.signoff.search.PrecedentClause;
import dev.signoff.search.PrecedentDocument;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a closed deal into what the index stores: its deal sheet, outcome and risk tier, and each
 * clause of its current contract with the review group owning the clause's topic and that group's
 * decision on the deal as its review last stood.
 */
@Component
class PrecedentDocuments {

  private final ClauseOwners owners;

  PrecedentDocuments(ClauseOwners owners) {
    this.owners = owners;
  }

  PrecedentDocument of(PrecedentSource source) {
    DealDetails deal = source.deal();
    List<PrecedentClause> clauses = new ArrayList<>();
    for (Clause clause : source.clauses()) {
      if (clause.text().isBlank()) {
        continue;
      }
      String owner = owners.ownerOf(deal.checklistVersion(), clause.heading(), clause.text());
      clauses.add(
          new PrecedentClause(
              clause.number(), clause.heading(), clause.text(), owner, decisionOf(deal, owner)));
    }
    return new PrecedentDocument(
        deal.id().toString(),
        deal.title(),
        deal.vendor(),
        deal.models(),
        deal.hostingModel().name(),
        deal.useCase(),
        deal.riskTier() == null ? null : deal.riskTier().name(),
        deal.stage().name(),
        source.contractText(),
        deal.decidedAt() == null ? deal.submittedAt() : deal.decidedAt(),
        source.readers(),
        clauses);
  }

  /** The owner's review decision (the status of its review sign-off), null when it had none. */
  private static String decisionOf(DealDetails deal, String group) {
    if (group == null) {
      return null;
    }
    return deal.signOffs().stream()
        .filter(signOff -> signOff.kind() == SignOffKind.REVIEW && signOff.group().equals(group))
        .map(SignOffView::status)
        .map(Enum::name)
        .findFirst()
        .orElse(null);
  }
}
