package dev.signoff.deal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

  @Query("SELECT t FROM TimelineEntry t WHERE t.dealId = :dealId ORDER BY t.at, t.id")
  List<TimelineEntry> findByDealIdOrderByAtAscIdAsc(UUID dealId);
}
