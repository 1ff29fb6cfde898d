package dev.signoff.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.audit.ChainVerification.BrokenEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final UUID DEAL = UUID.fromString("6f1c1c52-2f2e-4a43-9d7f-0a4b3c2d1e0f");
  private static final Instant START = Instant.parse("2025-03-04T10:15:30.123456789Z");

  /** A chain of n entries as the appender writes them. */
  static List<ChainLink> chain(int n) {
    List<ChainLink> links = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int sequence = 1; sequence <= n; sequence++) {
      ChainLink link =
          AuditChain.link(
              new UUID(0, sequence),
              DEAL,
              sequence,
              START.plusSeconds(sequence),
              sequence % 2 == 0 ? "legal" : "system",
              "task.completed",
              "task-" + sequence,
              CanonicalJson.write(java.util.Map.of("outcome", "APPROVE")),
              previous);
      links.add(link);
      previous = link.hash();
    }
    return links;
  }

  static ChainVerification verify(List<ChainLink> links) {
    ChainLink last = links.get(links.size() - 1);
    return AuditChain.verify(links, last.sequence(), last.hash());
  }

  static ChainLink withDetails(ChainLink link, String details) {
    return new ChainLink(
        link.id(),
        link.dealId(),
        link.sequence(),
        link.occurredAt(),
        link.actor(),
        link.action(),
        link.subject(),
        details,
        link.previousHash(),
        link.hash());
  }

  @Test
  void intactChainVerifiesWithItsEntryCount() {
    assertThat(verify(chain(5))).isEqualTo(new ChainVerification(true, 5L, null));
  }

  @Test
  void emptyChainWithAnEmptyHeadIsIntact() {
    assertThat(AuditChain.verify(List.of(), 0, AuditChain.GENESIS).intact()).isTrue();
    assertThat(AuditChain.verify(List.of(), 0, AuditChain.GENESIS).entries()).isZero();
  }

  @Test
  void hashIsSha256HexAndTheFirstEntryFollowsTheGenesis() {
    ChainLink first = chain(1).get(0);
    assertThat(first.hash()).matches("[0-9a-f]{64}");
    assertThat(first.previousHash()).isEqualTo("0".repeat(64));
    assertThat(AuditChain.hashOf(first)).isEqualTo(first.hash());
  }

  @Test
  void timeIsKeptToTheMicrosecond() {
    ChainLink first = chain(1).get(0);
    assertThat(first.occurredAt()).isEqualTo(Instant.parse("2025-03-04T10:15:31.123456Z"));
    assertThat(AuditChain.format(first.occurredAt())).isEqualTo("2025-03-04T10:15:31.123456Z");
    assertThat(AuditChain.format(Instant.parse("2025-03-04T10:15:31Z")))
        .isEqualTo("2025-03-04T10:15:31.000000Z");
  }

  @Test
  void changedDetailsAreReportedAsChangedContent() {
    List<ChainLink> links = new ArrayList<>(chain(5));
    links.set(2, withDetails(links.get(2), "{\"outcome\":\"REJECT\"}"));
    assertThat(verify(links))
        .isEqualTo(ChainVerification.broken(new BrokenEntry(3, new UUID(0, 3), "content changed")));
  }

  @Test
  void everyFieldIsCoveredByTheHash() {
    ChainLink link = chain(1).get(0);
    List<ChainLink> changed =
        List.of(
            new ChainLink(
                link.id(),
                UUID.randomUUID(),
                1,
                link.occurredAt(),
                link.actor(),
                link.action(),
                link.subject(),
                link.details(),
                link.previousHash(),
                link.hash()),
            new ChainLink(
                link.id(),
                DEAL,
                1,
                link.occurredAt().plusNanos(1000),
                link.actor(),
                link.action(),
                link.subject(),
                link.details(),
                link.previousHash(),
                link.hash()),
            new ChainLink(
                link.id(),
                DEAL,
                1,
                link.occurredAt(),
                "admin",
                link.action(),
                link.subject(),
                link.details(),
                link.previousHash(),
                link.hash()),
            new ChainLink(
                link.id(),
                DEAL,
                1,
                link.occurredAt(),
                link.actor(),
                "deal.signed",
                link.subject(),
                link.details(),
                link.previousHash(),
                link.hash()),
            new ChainLink(
                link.id(),
                DEAL,
                1,
                link.occurredAt(),
                link.actor(),
                link.action(),
                "task-9",
                link.details(),
                link.previousHash(),
                link.hash()));
    for (ChainLink tampered : changed) {
      assertThat(AuditChain.hashOf(tampered)).isNotEqualTo(link.hash());
    }
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    ChainLink one =
        AuditChain.link(new UUID(0, 1), DEAL, 1, START, "ab", "c", "", "{}", AuditChain.GENESIS);
    ChainLink other =
        AuditChain.link(new UUID(0, 1), DEAL, 1, START, "a", "bc", "", "{}", AuditChain.GENESIS);
    assertThat(one.hash()).isNotEqualTo(other.hash());
  }

  @Test
  void rehashedEditIsReportedAtTheNextEntry() {
    List<ChainLink> links = new ArrayList<>(chain(5));
    ChainLink edited = links.get(1);
    links.set(
        1,
        AuditChain.link(
            edited.id(),
            DEAL,
            2,
            edited.occurredAt(),
            edited.actor(),
            edited.action(),
            edited.subject(),
            "{\"outcome\":\"REJECT\"}",
            edited.previousHash()));
    assertThat(verify(links).firstBroken())
        .isEqualTo(new BrokenEntry(3, new UUID(0, 3), "previous hash does not match entry 2"));
  }

  @Test
  void missingEntryIsNamed() {
    List<ChainLink> links = new ArrayList<>(chain(5));
    links.remove(3);
    assertThat(verify(links).firstBroken()).isEqualTo(new BrokenEntry(4, null, "entry 4 missing"));
  }

  @Test
  void missingFirstEntryIsNamed() {
    List<ChainLink> links = new ArrayList<>(chain(3));
    links.remove(0);
    assertThat(verify(links).firstBroken()).isEqualTo(new BrokenEntry(1, null, "entry 1 missing"));
  }

  @Test
  void missingLastEntriesAreFoundThroughTheHead() {
    List<ChainLink> links = chain(5);
    ChainLink last = links.get(4);
    assertThat(AuditChain.verify(links.subList(0, 3), last.sequence(), last.hash()).firstBroken())
        .isEqualTo(new BrokenEntry(4, null, "entry 4 missing"));
    assertThat(AuditChain.verify(List.of(), 2, "f".repeat(64)).firstBroken())
        .isEqualTo(new BrokenEntry(1, null, "entry 1 missing"));
  }

  @Test
  void entryBeyondTheHeadIsReported() {
    List<ChainLink> links = chain(4);
    ChainLink third = links.get(2);
    assertThat(AuditChain.verify(links, 3, third.hash()).firstBroken())
        .isEqualTo(new BrokenEntry(4, new UUID(0, 4), "entry was added outside the chain"));
  }

  @Test
  void rehashedLastEntryDisagreesWithTheHead() {
    List<ChainLink> links = new ArrayList<>(chain(3));
    ChainLink headWas = links.get(2);
    ChainLink last = links.get(2);
    links.set(
        2,
        AuditChain.link(
            last.id(),
            DEAL,
            3,
            last.occurredAt(),
            "admin",
            last.action(),
            last.subject(),
            last.details(),
            last.previousHash()));
    assertThat(AuditChain.verify(links, 3, headWas.hash()).firstBroken())
        .isEqualTo(new BrokenEntry(3, new UUID(0, 3), "hash does not match the chain head"));
  }

  @Test
  void repeatedSequenceNumberIsReported() {
    List<ChainLink> links = new ArrayList<>(chain(3));
    links.add(2, links.get(1));
    assertThat(verify(links).firstBroken())
        .isEqualTo(new BrokenEntry(2, new UUID(0, 2), "entry 2 appears twice"));
  }

  @Test
  void firstEntryMustStartTheChain() {
    List<ChainLink> links = new ArrayList<>(chain(2));
    ChainLink first = links.get(0);
    ChainLink restarted =
        AuditChain.link(
            first.id(),
            DEAL,
            1,
            first.occurredAt(),
            first.actor(),
            first.action(),
            first.subject(),
            first.details(),
            "1".repeat(64));
    links.set(0, restarted);
    assertThat(verify(links).firstBroken())
        .isEqualTo(new BrokenEntry(1, new UUID(0, 1), "previous hash is not the start of a chain"));
  }
}
