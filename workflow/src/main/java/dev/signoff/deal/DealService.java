package dev.signoff.deal;

import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.contract.ContractTextExtractor;
import dev.signoff.contract.ExtractedContract;
import dev.signoff.contract.OriginalFile;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Submitting deals and reading them, for the people allowed to. */
@Service
public class DealService {

  private final DealRepository deals;
  private final TimelineRepository timeline;
  private final ContractTextExtractor extractor;
  private final ContractStore contracts;
  private final DealViews views;
  private final DealVisibility visibility;
  private final DealHeadlines headlines;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final Validator validator;
  private final Clock clock;

  DealService(
      DealRepository deals,
      TimelineRepository timeline,
      ContractTextExtractor extractor,
      ContractStore contracts,
      DealViews views,
      DealVisibility visibility,
      DealHeadlines headlines,
      ApplicationEventPublisher events,
      TransactionTemplate transaction,
      Validator validator,
      Clock clock) {
    this.deals = deals;
    this.timeline = timeline;
    this.extractor = extractor;
    this.contracts = contracts;
    this.views = views;
    this.visibility = visibility;
    this.headlines = headlines;
    this.events = events;
    this.transaction = transaction;
    this.validator = validator;
    this.clock = clock;
  }

  /**
   * Submits a deal with its contract and starts its review. The contract text is extracted before
   * anything is written; the deal, its contract and the review process are then stored in one
   * transaction, so a failure leaves nothing behind. The routing decision runs in that transaction:
   * the returned deal has its risk tier and required reviews, or is {@code REJECTED} with the
   * reason when its use is prohibited.
   *
   * @throws DealSheetInvalid when required fields are missing or too long
   * @throws dev.signoff.contract.ContractRejected when the file is empty, too large, unsupported or
   *     unreadable
   */
  @PreAuthorize("hasRole('deal-owner')")
  public DealDetails submit(DealSheet sheet, ContractFile file) {
    Caller caller = CurrentCaller.get();
    validate(sheet);
    ExtractedContract contract = extractor.extract(file);
    UUID dealId =
        transaction.execute(
            status -> {
              Deal deal = new Deal(sheet, caller.username(), clock.instant());
              deals.save(deal);
              contracts.store(deal.id(), contract, caller.username());
              events.publishEvent(new DealSubmitted(deal.id(), caller.username(), sheet));
              return deal.id();
            });
    return get(dealId);
  }

  /** Every deal the caller may see, newest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<DealDetails> list() {
    Caller caller = CurrentCaller.get();
    return views.details(
        deals.findAllByOrderBySubmittedAtDesc().stream()
            .filter(deal -> DealAccess.canSee(caller, deal))
            .toList());
  }

  /**
   * The deal, if the caller may see it.
   *
   * @throws DealNotFound when it does not exist or the caller may not see it
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public DealDetails get(UUID dealId) {
    return views.details(visible(dealId));
  }

  /**
   * The headlines of the visible deals among the given ids (others are left out silently), read
   * without loading the deals: for task lists.
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<DealHeadline> headlinesOfVisible(Collection<UUID> dealIds) {
    return headlines.visibleTo(CurrentCaller.get(), dealIds);
  }

  /** The visible deals among the given ids (others are left out silently). */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<DealDetails> visibleAmong(Collection<UUID> dealIds) {
    Caller caller = CurrentCaller.get();
    return views.details(
        deals.findByIdIn(Set.copyOf(dealIds)).stream()
            .filter(deal -> DealAccess.canSee(caller, deal))
            .toList());
  }

  /**
   * Reviews that are overdue and were escalated to the managers, on open deals the caller may see,
   * oldest escalation first.
   */
  @PreAuthorize("hasAnyRole('manager', 'admin')")
  @Transactional(readOnly = true)
  public List<EscalatedReview> escalatedReviews() {
    Caller caller = CurrentCaller.get();
    return deals.findAllByOrderBySubmittedAtDesc().stream()
        .filter(deal -> !deal.stage().isClosed() && DealAccess.canSee(caller, deal))
        .flatMap(
            deal ->
                deal.signOffs().stream()
                    .map(SignOff::view)
                    .filter(
                        signOff ->
                            signOff.status() == SignOffStatus.PENDING
                                && signOff.escalatedAt() != null)
                    .map(
                        signOff ->
                            new EscalatedReview(
                                deal.id(), deal.title(), signOff.group(), signOff.escalatedAt())))
        .sorted(java.util.Comparator.comparing(EscalatedReview::escalatedAt))
        .toList();
  }

  /** The deal's timeline (routing, decisions, revisions, resets, reminders), oldest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<SignOffHistory> timeline(UUID dealId) {
    return timeline.findByDealIdOrderByAtAscIdAsc(visible(dealId).id()).stream()
        .map(TimelineEntry::view)
        .toList();
  }

  /** The text of the deal's current contract, if the caller may see the deal. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public String contractText(UUID dealId) {
    return contracts.currentText(visible(dealId).id());
  }

  /** Every version of the deal's contract (who uploaded it, when, sha256), oldest first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<ContractInfo> contractVersions(UUID dealId) {
    return contracts.versions(visible(dealId).id());
  }

  /** The original file of one version of the deal's contract, if the caller may see the deal. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public OriginalFile contractVersionOriginal(UUID dealId, int version) {
    return contracts.originalOfVersion(visible(dealId).id(), version);
  }

  /** The original file of the deal's current contract, if the caller may see the deal. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public OriginalFile contractOriginal(UUID dealId) {
    return contracts.currentOriginal(visible(dealId).id());
  }

  private Deal visible(UUID dealId) {
    return visibility.visible(dealId);
  }

  private void validate(DealSheet sheet) {
    if (sheet == null) {
      throw new DealSheetInvalid("The deal sheet is missing.");
    }
    Set<ConstraintViolation<DealSheet>> violations = validator.validate(sheet);
    if (!violations.isEmpty()) {
      throw new DealSheetInvalid(
          violations.stream()
              .map(violation -> violation.getPropertyPath() + ": " + violation.getMessage())
              .sorted()
              .collect(Collectors.joining("; ")));
    }
  }
}
