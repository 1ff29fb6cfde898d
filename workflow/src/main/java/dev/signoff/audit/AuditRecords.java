package dev.signoff.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * Reads audit entries and chain heads. There is deliberately no way to update or delete an entry;
 * new entries are written by {@link AuditAppender} only.
 */
interface AuditRecords extends Repository<AuditRecord, UUID> {

  /** The last sequence number and hash of a deal's chain, read without loading its head. */
  record HeadState(long lastSequence, String lastHash) {}

  List<AuditRecord> findByDealIdOrderBySequenceAsc(UUID dealId);

  @Query(
      "select new dev.signoff.audit.AuditRecords$HeadState(h.lastSequence, h.lastHash)"
          + " from AuditChainHead h where h.dealId = :dealId")
  Optional<HeadState> headOf(@Param("dealId") UUID dealId);
}
