package dev.signoff.deal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, UUID> {

  List<Deal> findAllByOrderBySubmittedAtDesc();

  List<Deal> findByOwnerOrderBySubmittedAtDesc(String owner);

  List<Deal> findByStage(DealStage stage);

  @Query("SELECT d.id FROM Deal d WHERE d.stage IN :stages ORDER BY d.decidedAt, d.id")
  List<UUID> findIdsByStageIn(@Param("stages") Collection<DealStage> stages);

  List<Deal> findByIdIn(Collection<UUID> ids);

  @Query("SELECT d.id FROM Deal d ORDER BY d.submittedAt, d.id")
  List<UUID> findAllIdsInSubmissionOrder();

  long countByStage(DealStage stage);
}
