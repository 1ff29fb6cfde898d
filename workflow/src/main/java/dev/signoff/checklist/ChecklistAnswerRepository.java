package dev.signoff.checklist;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswerRecord, UUID> {

  // Queries as JPQL text: Hibernate keeps their translation, where it translates a query derived
  // from a method name again on every call.
  @Query("SELECT a FROM ChecklistAnswerRecord a WHERE a.dealId = :dealId AND a.group = :group")
  List<ChecklistAnswerRecord> findByDealIdAndGroup(UUID dealId, String group);
}
