package dev.signoff.precedent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AppliedPositionsTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);

  @Test
  void advancesOverChangesAppliedInOrder() {
    AppliedPositions positions = new AppliedPositions(0);
    List<PrecedentChange> read = List.of(change(1, NOW), change(2, NOW), change(3, NOW));
    read.forEach(change -> positions.applied(change.position()));

    assertThat(positions.advance(read, NOW, GAP_TIMEOUT)).isTrue();
    assertThat(positions.contiguous()).isEqualTo(3);
  }

  @Test
  void aPositionCommittedLateIsNotSkipped() {
    AppliedPositions positions = new AppliedPositions(9);
    // Position 11 committed first; the transaction holding 10 is still open.
    List<PrecedentChange> firstRead = List.of(change(11, NOW));
    positions.applied(11);

    assertThat(positions.advance(firstRead, NOW, GAP_TIMEOUT)).isFalse();
    assertThat(positions.contiguous()).isEqualTo(9);
    assertThat(positions.isApplied(11)).isTrue();
    assertThat(positions.isApplied(10)).isFalse();

    // The next read starts after 9 again and finds 10, now committed.
    List<PrecedentChange> secondRead = List.of(change(10, NOW), change(11, NOW));
    assertThat(positions.isApplied(11)).isTrue();
    positions.applied(10);

    assertThat(positions.advance(secondRead, NOW.plusSeconds(1), GAP_TIMEOUT)).isTrue();
    assertThat(positions.contiguous()).isEqualTo(11);
  }

  @Test
  void aGapOlderThanTheTimeoutCountsAsRolledBack() {
    AppliedPositions positions = new AppliedPositions(4);
    List<PrecedentChange> read = List.of(change(6, NOW), change(7, NOW.plusSeconds(5)));
    positions.applied(6);
    positions.applied(7);

    assertThat(positions.advance(read, NOW.plus(GAP_TIMEOUT).minusSeconds(1), GAP_TIMEOUT))
        .isFalse();
    assertThat(positions.contiguous()).isEqualTo(4);

    assertThat(positions.advance(read, NOW.plus(GAP_TIMEOUT).plusSeconds(1), GAP_TIMEOUT)).isTrue();
    assertThat(positions.contiguous()).isEqualTo(7);
  }

  @Test
  void stopsAtTheFirstChangeNotAppliedYet() {
    AppliedPositions positions = new AppliedPositions(0);
    List<PrecedentChange> read = List.of(change(1, NOW), change(2, NOW), change(3, NOW));
    positions.applied(1);
    positions.applied(3);

    positions.advance(read, NOW.plus(GAP_TIMEOUT.multipliedBy(2)), GAP_TIMEOUT);

    assertThat(positions.contiguous()).isEqualTo(1);
    assertThat(positions.isApplied(3)).isTrue();
    assertThat(positions.isApplied(2)).isFalse();
  }

  private static PrecedentChange change(long position, Instant recordedAt) {
    return new PrecedentChange(position, UUID.randomUUID(), PrecedentChange.Kind.INDEX, recordedAt);
  }
}
