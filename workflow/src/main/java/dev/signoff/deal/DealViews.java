package dev.signoff.deal;

import dev.signoff.contract.ContractStore;
import java.util.List;
import org.springframework.stereotype.Component;

/** Turns deal entities into the records shown to people and scripts. */
@Component
class DealViews {

  private final ContractStore contracts;

  DealViews(ContractStore contracts) {
    this.contracts = contracts;
  }

  DealDetails details(Deal deal) {
    List<SignOffView> signOffs = deal.signOffs().stream().map(SignOff::view).toList();
    return new DealDetails(
        deal.id(),
        deal.title(),
        deal.vendor(),
        deal.models(),
        deal.hostingModel(),
        deal.useCase(),
        deal.personalData(),
        deal.owner(),
        deal.stage(),
        deal.submittedAt(),
        deal.decidedAt(),
        signOffs,
        signOffs.stream()
            .filter(signOff -> signOff.status().isDone())
            .map(SignOffView::group)
            .toList(),
        signOffs.stream()
            .filter(signOff -> signOff.status() == SignOffStatus.PENDING)
            .map(SignOffView::group)
            .toList(),
        contracts.current(deal.id()).orElse(null));
  }
}
