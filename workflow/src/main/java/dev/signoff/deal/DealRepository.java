package dev.signoff.deal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DealRepository extends JpaRepository<Deal, UUID> {

  List<Deal> findAllByOrderBySubmittedAtDesc();

  List<Deal> findByOwnerOrderBySubmittedAtDesc(String owner);

  List<Deal> findByStage(DealStage stage);

  List<Deal> findByIdIn(Collection<UUID> ids);

  long countByStage(DealStage stage);
}
