package dev.signoff.deal;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineRepository extends JpaRepository<TimelineEntry, UUID> {

  List<TimelineEntry> findByDealIdOrderByAtAscIdAsc(UUID dealId);
}
