package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChecklistGapsTest {

  static final ChecklistItem LIABILITY_CAP =
      new ChecklistItem(
          "risk-allocation.liability-cap", "risk-allocation", "Is liability capped?", "", "", true);
  static final ChecklistItem IP_INDEMNITY =
      new ChecklistItem(
          "risk-allocation.ip-indemnity",
          "risk-allocation",
          "Are IP claims covered?",
          "",
          "",
          true);
  static final ChecklistItem INSURANCE =
      new ChecklistItem(
          "risk-allocation.insurance", "risk-allocation", "Is the vendor insured?", "", "", false);

  static final Checklist CHECKLIST =
      new Checklist(
          1,
          "legal",
          List.of(
              new ChecklistSection(
                  "risk-allocation",
                  "Risk allocation",
                  "legal",
                  List.of("liability"),
                  List.of(LIABILITY_CAP, IP_INDEMNITY, INSURANCE))));

  static Checklists checklists;

  @BeforeAll
  static void loadPackagedDefinitions() {
    checklists = Deals.packagedChecklists();
  }

  private static ItemAnswer answer(ChecklistItem item, Answer answer) {
    return new ItemAnswer(item.id(), answer, "", List.of("12.1"));
  }

  @Test
  void unansweredRequiredItemBlocksApproval() {
    ChecklistGaps gaps =
        checklists.gaps(CHECKLIST, List.of(answer(LIABILITY_CAP, Answer.SATISFIED)));

    assertThat(gaps.blocksApproval()).isTrue();
    assertThat(gaps.unanswered()).containsExactly(IP_INDEMNITY);
    assertThat(gaps.notSatisfied()).isEmpty();
    assertThat(gaps.describe())
        .contains("1 required item not answered")
        .contains("risk-allocation.ip-indemnity: Are IP claims covered?");
  }

  @Test
  void notSatisfiedRequiredItemBlocksApproval() {
    ChecklistGaps gaps =
        checklists.gaps(
            CHECKLIST,
            List.of(
                answer(LIABILITY_CAP, Answer.NOT_SATISFIED),
                answer(IP_INDEMNITY, Answer.SATISFIED)));

    assertThat(gaps.blocksApproval()).isTrue();
    assertThat(gaps.notSatisfied()).containsExactly(LIABILITY_CAP);
    assertThat(gaps.unanswered()).isEmpty();
    assertThat(gaps.describe())
        .contains("1 required item not satisfied")
        .contains(LIABILITY_CAP.id());
  }

  @Test
  void notApplicableRequiredItemDoesNotBlock() {
    ChecklistGaps gaps =
        checklists.gaps(
            CHECKLIST,
            List.of(
                answer(LIABILITY_CAP, Answer.SATISFIED),
                answer(IP_INDEMNITY, Answer.NOT_APPLICABLE)));

    assertThat(gaps.blocksApproval()).isFalse();
  }

  @Test
  void optionalItemsNeverBlock() {
    ChecklistGaps unanswered =
        checklists.gaps(
            CHECKLIST,
            List.of(
                answer(LIABILITY_CAP, Answer.SATISFIED), answer(IP_INDEMNITY, Answer.SATISFIED)));
    ChecklistGaps notSatisfied =
        checklists.gaps(
            CHECKLIST,
            List.of(
                answer(LIABILITY_CAP, Answer.SATISFIED),
                answer(IP_INDEMNITY, Answer.SATISFIED),
                answer(INSURANCE, Answer.NOT_SATISFIED)));

    assertThat(unanswered.blocksApproval()).isFalse();
    assertThat(notSatisfied.blocksApproval()).isFalse();
    assertThat(notSatisfied.describe()).doesNotContain(INSURANCE.id());
  }

  @Test
  void noAnswersListsEveryRequiredItemAsUnanswered() {
    ChecklistGaps gaps = checklists.gaps(CHECKLIST, List.of());

    assertThat(gaps.unanswered()).containsExactly(LIABILITY_CAP, IP_INDEMNITY);
    assertThat(gaps.describe()).startsWith("2 required items not answered:");
  }

  @Test
  void answerToUnknownItemIsRefused() {
    List<ItemAnswer> answers =
        List.of(new ItemAnswer("risk-allocation.unicorns", Answer.SATISFIED, "", List.of()));

    assertThatThrownBy(() -> checklists.gaps(CHECKLIST, answers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'risk-allocation.unicorns'");
  }

  @Test
  void answerToItemOfAnotherGroupsChecklistIsRefused() {
    Checklist legal =
        checklists.forGroup(checklists.currentVersion(), "legal", Deals.plainDeal().context());
    List<ItemAnswer> answers =
        List.of(new ItemAnswer("security.encryption", Answer.SATISFIED, "", List.of()));

    assertThatThrownBy(() -> checklists.gaps(legal, answers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'security.encryption'")
        .hasMessageContaining("legal checklist");
  }

  @Test
  void itemAnsweredTwiceIsRefused() {
    List<ItemAnswer> answers =
        List.of(
            answer(LIABILITY_CAP, Answer.SATISFIED), answer(LIABILITY_CAP, Answer.NOT_SATISFIED));

    assertThatThrownBy(() -> checklists.gaps(CHECKLIST, answers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'risk-allocation.liability-cap'");
  }

  @Test
  void fullySatisfiedChecklistDoesNotBlock() {
    ChecklistGaps gaps =
        checklists.gaps(
            CHECKLIST,
            List.of(
                answer(LIABILITY_CAP, Answer.SATISFIED),
                answer(IP_INDEMNITY, Answer.SATISFIED),
                answer(INSURANCE, Answer.SATISFIED)));

    assertThat(gaps.blocksApproval()).isFalse();
    assertThat(gaps.describe())
        .isEqualTo("Every required item is answered and none is unsatisfied.");
  }
}
