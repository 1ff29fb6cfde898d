package dev.signoff.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.signoff.contract.DiffSegment.Kind;
import org.junit.jupiter.api.Test;

class WordDiffTest {

  private static final String BEFORE = "The Vendor shall notify the Customer within 72 hours.";
  private static final String AFTER = "The Vendor must tell the Customer within 24 hours.";

  @Test
  void wordsAreComparedOneByOne() {
    assertThat(WordDiff.between(BEFORE, AFTER, new WordDiff.Budget(1_000)))
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "The Vendor "),
            tuple(Kind.DELETED, "shall notify"),
            tuple(Kind.INSERTED, "must tell"),
            tuple(Kind.EQUAL, " the Customer within "),
            tuple(Kind.DELETED, "72"),
            tuple(Kind.INSERTED, "24"),
            tuple(Kind.EQUAL, " hours."));
  }

  @Test
  void spentBudgetKeepsTheCommonBeginningAndEndAndReplacesWhatLiesBetween() {
    WordDiff.Budget spent = new WordDiff.Budget(3);

    assertThat(WordDiff.between(BEFORE, AFTER, spent))
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "The Vendor "),
            tuple(Kind.DELETED, "shall notify the Customer within 72"),
            tuple(Kind.INSERTED, "must tell the Customer within 24"),
            tuple(Kind.EQUAL, " hours."));
    assertThat(spent.spent()).isTrue();
    assertThat(WordDiff.between("a b", "a c", spent))
        .extracting(DiffSegment::kind)
        .containsExactly(Kind.EQUAL, Kind.DELETED, Kind.INSERTED);
  }

  @Test
  void numbersWithDecimalsAndWordsWithApostrophesAreSingleWords() {
    assertThat(
            WordDiff.between(
                "available 99.9% of the party's time",
                "available 99.5% of the parties' time", new WordDiff.Budget(1_000)))
        .extracting(DiffSegment::kind, DiffSegment::text)
        .containsExactly(
            tuple(Kind.EQUAL, "available "),
            tuple(Kind.DELETED, "99.9"),
            tuple(Kind.INSERTED, "99.5"),
            tuple(Kind.EQUAL, "% of the "),
            tuple(Kind.DELETED, "party's"),
            tuple(Kind.INSERTED, "parties'"),
            tuple(Kind.EQUAL, " time"));
  }
}
