package dev.signoff.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trails of deals: reading, checking and exporting a deal's chain, and the two ways into
 * it besides publishing an {@link Audited} event. Who may read a deal's trail is decided by the
 * deal module, the only caller of the reading methods.
 */
@Service
public class AuditTrail {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AuditRecords records;
  private final AuditAppender appender;
  private final DenialRecorder denials;
  private final Clock clock;

  AuditTrail(AuditRecords records, AuditAppender appender, DenialRecorder denials, Clock clock) {
    this.records = records;
    this.appender = appender;
    this.denials = denials;
    this.clock = clock;
  }

  /**
   * Locks the deal's chain for the rest of the current transaction. A transaction that changes a
   * deal calls this before its first write, so that every transaction takes the deal's locks in the
   * same order (chain first) and two of them cannot deadlock; the appends it makes later find the
   * lock already held.
   *
   * @throws org.springframework.transaction.IllegalTransactionStateException without a transaction
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void lockChain(UUID dealId) {
    appender.lock(dealId, true);
  }

  /**
   * Records that someone was refused access to an existing deal or to an action on it. Written in a
   * transaction of its own after the current transaction (which usually rolls back) has ended;
   * never for a deal without a chain, so a denial cannot create one for a deal that does not exist.
   */
  public void recordDenial(AccessDenied denial) {
    denials.record(denial);
  }

  /** The deal's trail, oldest first. */
  @Transactional(readOnly = true)
  public List<AuditEntry> entries(UUID dealId) {
    return links(dealId).stream().map(AuditTrail::entry).toList();
  }

  /**
   * Checks the deal's chain, in one snapshot of the database: every entry from 1 to the head's last
   * sequence number present, unchanged, and linked to the one before it.
   */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public ChainVerification verify(UUID dealId) {
    return verify(dealId, links(dealId));
  }

  /** The deal's trail as CSV (RFC 4180), oldest first, with the stored details and hashes. */
  @Transactional(readOnly = true)
  public String csv(UUID dealId) {
    return AuditCsv.write(links(dealId));
  }

  /** The deal's trail with the result of checking it, from one snapshot of the database. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AuditExport export(UUID dealId) {
    List<ChainLink> links = links(dealId);
    return new AuditExport(
        dealId,
        clock.instant(),
        verify(dealId, links),
        links.stream().map(AuditTrail::entry).toList());
  }

  private ChainVerification verify(UUID dealId, List<ChainLink> links) {
    AuditRecords.HeadState head =
        records.headOf(dealId).orElse(new AuditRecords.HeadState(0, AuditChain.GENESIS));
    return AuditChain.verify(links, head.lastSequence(), head.lastHash());
  }

  private List<ChainLink> links(UUID dealId) {
    return records.findByDealIdOrderBySequenceAsc(dealId).stream().map(AuditRecord::link).toList();
  }

  private static AuditEntry entry(ChainLink link) {
    return new AuditEntry(
        link.id(),
        link.sequence(),
        link.occurredAt(),
        link.actor(),
        link.action(),
        link.subject(),
        details(link.details()),
        link.previousHash(),
        link.hash());
  }

  /** The stored details; text that is not a flat JSON object (a changed row) is shown as is. */
  private static Map<String, String> details(String json) {
    try {
      Map<String, String> details =
          JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
      return details == null ? Map.of("unreadable", json) : details;
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Map.of("unreadable", json);
    }
  }
}
