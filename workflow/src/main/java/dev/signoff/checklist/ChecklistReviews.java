package dev.signoff.checklist;

import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.SignOffStatus;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The checklists of a deal's reviews: which items a group answers (the version fixed when the deal
 * was routed, the items its deal sheet switches on), the answers, and whether they allow a
 * decision. Callers check who acts (the inbox, through the task); this service trusts them.
 */
@Service
public class ChecklistReviews {

  /** The most checklists of routed deals remembered; the map starts over when it is full. */
  static final int REMEMBERED_CHECKLISTS = 20_000;

  private final Checklists checklists;
  private final ChecklistAnswerRepository answers;
  private final DealLifecycle deals;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  /**
   * The checklist of each routed deal's group: its version is fixed when the deal is routed and its
   * deal sheet never changes, so neither does the checklist. Remembered only once the transaction
   * that read the routed deal committed.
   */
  private final Map<DealGroup, Checklist> routedChecklists = new ConcurrentHashMap<>();

  ChecklistReviews(
      Checklists checklists,
      ChecklistAnswerRepository answers,
      DealLifecycle deals,
      ApplicationEventPublisher events,
      Clock clock) {
    this.checklists = checklists;
    this.answers = answers;
    this.deals = deals;
    this.events = events;
    this.clock = clock;
  }

  /** The group's checklist on the deal with its answers so far. */
  @Transactional(readOnly = true)
  public ReviewChecklist of(UUID dealId, String group) {
    Checklist checklist = checklistOf(dealId, group);
    return reviewOf(checklist, answers.findByDealIdAndGroup(dealId, group));
  }

  /** The checklist with the stored answers to its items (answers to other items left out). */
  private ReviewChecklist reviewOf(Checklist checklist, Collection<ChecklistAnswerRecord> records) {
    Map<String, AnsweredItem> given = new HashMap<>();
    records.stream()
        .filter(record -> checklist.item(record.itemId()).isPresent())
        .forEach(record -> given.put(record.itemId(), record.view()));
    ChecklistGaps gaps =
        checklists.gaps(checklist, given.values().stream().map(AnsweredItem::answer).toList());
    return new ReviewChecklist(checklist, given, gaps);
  }

  /**
   * Records answers (each replaces the earlier answer to its item), with one audit entry for all of
   * them.
   *
   * @throws IllegalArgumentException naming the item when an answer is for an item that is not on
   *     the group's checklist, or when an item is answered twice in one call
   */
  @Transactional
  public ReviewChecklist answer(UUID dealId, String group, List<ItemAnswer> given, String by) {
    Checklist checklist = checklistOf(dealId, group);
    checklists.gaps(checklist, given);
    Map<String, ChecklistAnswerRecord> stored = new HashMap<>();
    answers
        .findByDealIdAndGroup(dealId, group)
        .forEach(record -> stored.put(record.itemId(), record));
    for (ItemAnswer answer : given) {
      ChecklistAnswerRecord record =
          stored.computeIfAbsent(
              answer.itemId(), item -> new ChecklistAnswerRecord(dealId, group, item));
      record.set(answer, by, clock.instant());
      answers.save(record);
    }
    if (!given.isEmpty()) {
      events.publishEvent(new ChecklistAnswered(dealId, group, given, by));
    }
    return reviewOf(checklist, stored.values());
  }

  /**
   * Clears the group's answers in the given sections, so they are checked again (after a revision
   * changed the clauses those sections cover).
   */
  @Transactional
  public void clearSections(UUID dealId, String group, Collection<String> sectionIds) {
    if (sectionIds.isEmpty()) {
      return;
    }
    List<ChecklistAnswerRecord> cleared =
        answers.findByDealIdAndGroup(dealId, group).stream()
            .filter(
                record ->
                    sectionIds.stream()
                        .anyMatch(section -> record.itemId().startsWith(section + ".")))
            .toList();
    answers.deleteAll(cleared);
    if (!cleared.isEmpty()) {
      events.publishEvent(
          new ChecklistSectionsCleared(
              dealId,
              group,
              sectionIds.stream().sorted().toList(),
              cleared.stream().map(ChecklistAnswerRecord::itemId).sorted().toList()));
    }
  }

  /**
   * Checks that the group's checklist allows the decision: an approval needs every required item
   * answered and satisfied or not applicable; an approval with conditions needs every required item
   * answered (the conditions cover what is not satisfied). Requests for changes and rejections are
   * always possible.
   *
   * @throws ChecklistIncomplete listing the blocking items
   */
  @Transactional(readOnly = true)
  public void requireDecidable(UUID dealId, String group, SignOffStatus outcome) {
    if (outcome != SignOffStatus.APPROVED && outcome != SignOffStatus.APPROVED_WITH_CONDITIONS) {
      return;
    }
    ChecklistGaps gaps = of(dealId, group).gaps();
    if (outcome == SignOffStatus.APPROVED && gaps.blocksApproval()) {
      throw new ChecklistIncomplete(
          "Approval needs every required item satisfied or not applicable. " + gaps.describe());
    }
    if (outcome == SignOffStatus.APPROVED_WITH_CONDITIONS && !gaps.unanswered().isEmpty()) {
      throw new ChecklistIncomplete(
          "Answer every required item before approving with conditions. "
              + new ChecklistGaps(gaps.unanswered(), List.of()).describe());
    }
  }

  private Checklist checklistOf(UUID dealId, String group) {
    DealGroup key = new DealGroup(dealId, group);
    Checklist remembered = routedChecklists.get(key);
    if (remembered != null) {
      return remembered;
    }
    Integer version = deals.checklistVersionOf(dealId);
    DealSheet sheet = deals.sheetOf(dealId);
    Checklist checklist =
        checklists.forGroup(
            version == null ? checklists.currentVersion() : version, group, contextOf(sheet));
    if (version != null) {
      rememberAfterCommit(key, checklist);
    }
    return checklist;
  }

  private void rememberAfterCommit(DealGroup key, Checklist checklist) {
    Runnable remember =
        () -> {
          if (routedChecklists.size() >= REMEMBERED_CHECKLISTS) {
            routedChecklists.clear();
          }
          routedChecklists.put(key, checklist);
        };
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      remember.run();
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            remember.run();
          }
        });
  }

  private record DealGroup(UUID dealId, String group) {}

  static ChecklistContext contextOf(DealSheet sheet) {
    return new ChecklistContext(
        sheet.hostingModel(),
        sheet.fineTuning(),
        sheet.integrationPattern(),
        new HashSet<>(sheet.useCaseDomains()),
        new HashSet<>(sheet.dataCategories()),
        sheet.vendorMayTrain(),
        sheet.pricingModel());
  }
}
