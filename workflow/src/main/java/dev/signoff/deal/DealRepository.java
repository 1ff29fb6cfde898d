package dev.signoff.deal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DealRepository extends JpaRepository<Deal, UUID> {

  // Queries as JPQL text: Hibernate keeps their translation, where it translates a query derived
  // from a method name again on every call.
  @Query("SELECT d FROM Deal d ORDER BY d.submittedAt DESC")
  List<Deal> findAllByOrderBySubmittedAtDesc();

  @Query("SELECT d FROM Deal d WHERE d.owner = :owner ORDER BY d.submittedAt DESC")
  List<Deal> findByOwnerOrderBySubmittedAtDesc(String owner);

  @Query("SELECT d FROM Deal d WHERE d.stage = :stage")
  List<Deal> findByStage(DealStage stage);

  @Query("SELECT d.id FROM Deal d WHERE d.stage IN :stages ORDER BY d.decidedAt, d.id")
  List<UUID> findIdsByStageIn(@Param("stages") Collection<DealStage> stages);

  @Query("SELECT d FROM Deal d WHERE d.id IN :ids")
  List<Deal> findByIdIn(Collection<UUID> ids);

  @Query("SELECT d.stage FROM Deal d WHERE d.id = :id")
  Optional<DealStage> stageOf(UUID id);

  @Query("SELECT d.owner FROM Deal d WHERE d.id = :id")
  Optional<String> ownerOf(UUID id);

  /** The deal's checklist version as a list of one (which may be null), or empty without deal. */
  @Query("SELECT d.checklistVersion FROM Deal d WHERE d.id = :id")
  List<Integer> checklistVersionOf(UUID id);

  @Query("SELECT d.reviewRound FROM Deal d WHERE d.id = :id")
  Optional<Integer> reviewRoundOf(UUID id);

  /**
   * The deal's sign-offs of the group and kind in the status, in order, without loading the deal.
   */
  @Query(
      "SELECT s FROM SignOff s WHERE s.deal.id = :dealId AND s.group = :group AND s.kind = :kind"
          + " AND s.status = :status ORDER BY s.position")
  List<SignOff> signOffsOf(UUID dealId, String group, SignOffKind kind, SignOffStatus status);

  @Query("SELECT d.id FROM Deal d ORDER BY d.submittedAt, d.id")
  List<UUID> findAllIdsInSubmissionOrder();

  long countByStage(DealStage stage);
}
