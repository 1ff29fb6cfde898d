package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.DealSheet;
import dev.signoff.deal.HostingModel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which checklist a deal's group answers, read once per routed deal, and answers returned as they
 * were just stored. The deal records and the answer table are stand-ins: what is tested is when
 * this service reads them.
 */
class ChecklistReviewsTest {

  private static final UUID DEAL = UUID.fromString("6c1f2d5e-0000-4000-8000-000000000001");
  private static final DealSheet SHEET =
      new DealSheet(
          "Code assistant",
          "Quillworks",
          List.of("QW-Coder 7B"),
          HostingModel.ON_PREMISE,
          "Suggest code in the IDE.",
          false);

  private final Checklists checklists = Deals.packagedChecklists();
  private final DealLifecycle deals = mock(DealLifecycle.class);
  private final ChecklistAnswerRepository answers = mock(ChecklistAnswerRepository.class);
  private final List<ChecklistAnswerRecord> stored = new ArrayList<>();
  private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  private ChecklistReviews reviews;

  @BeforeEach
  void setUp() {
    when(deals.sheetOf(DEAL)).thenReturn(SHEET);
    when(answers.findByDealIdAndGroup(DEAL, "legal")).thenAnswer(call -> List.copyOf(stored));
    when(answers.save(any()))
        .thenAnswer(
            call -> {
              ChecklistAnswerRecord record = call.getArgument(0);
              if (!stored.contains(record)) {
                stored.add(record);
              }
              return record;
            });
    reviews =
        new ChecklistReviews(
            checklists,
            answers,
            deals,
            events,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void clearSynchronization() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void aRoutedDealsChecklistIsReadOnce() {
    when(deals.checklistVersionOf(DEAL)).thenReturn(checklists.currentVersion());

    Checklist first = reviews.of(DEAL, "legal").checklist();
    Checklist again = reviews.of(DEAL, "legal").checklist();

    assertThat(again).isEqualTo(first);
    assertThat(first.version()).isEqualTo(checklists.currentVersion());
    verify(deals, times(1)).sheetOf(DEAL);
    verify(deals, times(1)).checklistVersionOf(DEAL);
  }

  @Test
  void aDealNotRoutedYetIsReadEachTimeSinceItsVersionIsNotFixed() {
    when(deals.checklistVersionOf(DEAL)).thenReturn(null);

    reviews.of(DEAL, "legal");
    reviews.of(DEAL, "legal");

    verify(deals, times(2)).sheetOf(DEAL);
  }

  @Test
  void aChecklistReadInATransactionIsRememberedOnlyWhenItCommits() {
    when(deals.checklistVersionOf(DEAL)).thenReturn(checklists.currentVersion());

    TransactionSynchronizationManager.initSynchronization();
    reviews.of(DEAL, "legal");
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(
            synchronization ->
                synchronization.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    TransactionSynchronizationManager.clearSynchronization();

    TransactionSynchronizationManager.initSynchronization();
    reviews.of(DEAL, "legal");
    verify(deals, times(2)).sheetOf(DEAL);
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    TransactionSynchronizationManager.clearSynchronization();

    reviews.of(DEAL, "legal");
    verify(deals, times(2)).sheetOf(DEAL);
    reviews.of(DEAL, "security-privacy");
    verify(deals, times(3)).sheetOf(DEAL);
  }

  @Test
  void answeringReturnsTheChecklistWithEveryAnswerSoFarWithoutReadingThemAgain() {
    List<ChecklistItem> items = routedLegalItems();
    ItemAnswer first = new ItemAnswer(items.get(0).id(), Answer.SATISFIED, "ok", null);
    ItemAnswer second =
        new ItemAnswer(items.get(1).id(), Answer.NOT_SATISFIED, "cap too low", null);

    reviews.answer(DEAL, "legal", List.of(first), "lena");
    ReviewChecklist afterSecond = reviews.answer(DEAL, "legal", List.of(second), "lena");
    ReviewChecklist read = reviews.of(DEAL, "legal");

    assertThat(afterSecond.answers().keySet())
        .containsExactlyInAnyOrder(first.itemId(), second.itemId());
    assertThat(afterSecond.answers()).isEqualTo(read.answers());
    assertThat(afterSecond.gaps()).isEqualTo(read.gaps());
    assertThat(afterSecond.gaps().notSatisfied())
        .extracting(ChecklistItem::id)
        .containsExactly(second.itemId());
    // One read of the stored answers per call: none after the answers were saved.
    verify(answers, times(3)).findByDealIdAndGroup(DEAL, "legal");
  }

  @Test
  void oneRequestIsOneAuditEventNamingEveryItemAnswered() {
    List<ChecklistItem> items = routedLegalItems();
    ItemAnswer first = new ItemAnswer(items.get(0).id(), Answer.SATISFIED, "", List.of("7.2"));
    ItemAnswer second =
        new ItemAnswer(items.get(1).id(), Answer.NOT_SATISFIED, "cap too low", null);

    reviews.answer(DEAL, "legal", List.of(first, second), "lena");

    ArgumentCaptor<Object> published = ArgumentCaptor.forClass(Object.class);
    verify(events, times(1)).publishEvent(published.capture());
    ChecklistAnswered event = (ChecklistAnswered) published.getValue();
    assertThat(event.auditSubject()).isEqualTo("legal");
    assertThat(event.actor()).isEqualTo("lena");
    assertThat(event.auditDetails())
        .containsExactly(
            Map.entry("group", "legal"),
            Map.entry("items", "2"),
            Map.entry(first.itemId(), "SATISFIED"),
            Map.entry(first.itemId() + " clauses", "7.2"),
            Map.entry(second.itemId(), "NOT_SATISFIED"),
            Map.entry(second.itemId() + " note", "cap too low"));
  }

  /** The legal checklist's items of the deal, routed with the current checklist version. */
  private List<ChecklistItem> routedLegalItems() {
    when(deals.checklistVersionOf(DEAL)).thenReturn(checklists.currentVersion());
    return checklists
        .forGroup(checklists.currentVersion(), "legal", ChecklistReviews.contextOf(SHEET))
        .items();
  }
}
