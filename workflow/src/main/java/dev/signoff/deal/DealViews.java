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

  /**
   * The groups of review and final-approval sign-offs in the given states. Pre-signoff
   * confirmations are listed with the sign-offs but not here: they confirm, they do not sign off.
   */
  private static List<String> groups(
      List<SignOffView> signOffs, java.util.function.Predicate<SignOffStatus> state) {
    return signOffs.stream()
        .filter(signOff -> signOff.kind() != SignOffKind.PRE_SIGNOFF)
        .filter(signOff -> state.test(signOff.status()))
        .map(SignOffView::group)
        .toList();
  }

  DealDetails details(Deal deal) {
    return details(deal, contracts.current(deal.id()).orElse(null));
  }

  /** The records of several deals, with their contracts' metadata read in one query. */
  List<DealDetails> details(List<Deal> deals) {
    java.util.Map<java.util.UUID, dev.signoff.contract.ContractInfo> current =
        contracts.currentOf(deals.stream().map(Deal::id).toList());
    return deals.stream().map(deal -> details(deal, current.get(deal.id()))).toList();
  }

  private DealDetails details(Deal deal, dev.signoff.contract.ContractInfo contract) {
    List<SignOffView> signOffs = deal.signOffs().stream().map(SignOff::view).toList();
    DealSheet sheet = deal.sheet();
    return new DealDetails(
        deal.id(),
        sheet.title(),
        sheet.vendor(),
        sheet.models(),
        sheet.hostingModel(),
        sheet.useCase(),
        sheet.personalData(),
        sheet.fineTuning(),
        sheet.integrationPattern(),
        sheet.useCaseDomains(),
        sheet.dataCategories(),
        sheet.residency(),
        sheet.vendorMayTrain(),
        sheet.pricingModel(),
        sheet.termMonths(),
        deal.owner(),
        deal.stage(),
        deal.riskTier(),
        signOffs.stream()
            .filter(signOff -> signOff.kind() == SignOffKind.REVIEW)
            .map(SignOffView::group)
            .toList(),
        deal.rejectionReason(),
        deal.withdrawalReason(),
        deal.reviewRound(),
        deal.checklistVersion(),
        deal.submittedAt(),
        deal.decidedAt(),
        signOffs,
        groups(signOffs, SignOffStatus::isDone),
        groups(signOffs, status -> !status.isDone() && status != SignOffStatus.CANCELLED),
        contract);
  }
}
