package dev.signoff.checklist;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistAnswerRepository extends JpaRepository<ChecklistAnswerRecord, UUID> {

  List<ChecklistAnswerRecord> findByDealIdAndGroup(UUID dealId, String group);
}
