package dev.signoff.contract;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContractDocumentRepository extends JpaRepository<ContractDocument, UUID> {

  Optional<ContractDocument> findFirstByDealIdOrderByVersionDesc(UUID dealId);

  int countByDealId(UUID dealId);

  Optional<ContractDocument> findByDealIdAndVersion(UUID dealId, int version);

  List<ContractDocument> findByDealIdOrderByVersionAsc(UUID dealId);
}

interface ContractContentRepository extends JpaRepository<ContractContent, UUID> {}
