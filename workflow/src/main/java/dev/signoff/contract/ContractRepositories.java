package dev.signoff.contract;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, UUID> {

  Optional<ContractDocument> findFirstByDealIdOrderByVersionDesc(UUID dealId);

  /**
   * The metadata of the latest version of each deal's contract, without reading its text: deal
   * lists and inboxes show it for many deals at once.
   */
  @Query(
      "select new dev.signoff.contract.ContractInfo(d.id, d.dealId, d.version, d.fileName,"
          + " d.mediaType, d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt)"
          + " from ContractDocument d where d.dealId in :dealIds and d.version ="
          + " (select max(v.version) from ContractDocument v where v.dealId = d.dealId)")
  List<ContractInfo> findCurrentInfos(@Param("dealIds") Collection<UUID> dealIds);

  int countByDealId(UUID dealId);

  Optional<ContractDocument> findByDealIdAndVersion(UUID dealId, int version);

  List<ContractDocument> findByDealIdOrderByVersionAsc(UUID dealId);
}

interface ContractContentRepository extends JpaRepository<ContractContent, UUID> {}
