package dev.signoff.precedent;

import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.DealSigned;
import dev.signoff.deal.PrecedentSource;
import dev.signoff.search.PrecedentDocument;
import dev.signoff.search.PrecedentIndex;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds signed deals into the precedent index after their transaction commits. A failure leaves the
 * event publication incomplete, and it is retried until it succeeds. On startup, signed deals
 * missing from the index (a new or lost index directory) are indexed again from the database.
 */
@Component
class PrecedentIndexer {

  private static final Logger log = LoggerFactory.getLogger(PrecedentIndexer.class);
  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

  private final DealLifecycle deals;
  private final PrecedentIndex index;

  PrecedentIndexer(DealLifecycle deals, PrecedentIndex index) {
    this.deals = deals;
    this.index = index;
  }

  @ApplicationModuleListener
  void on(DealSigned signed) {
    long generation = index.upsert(document(deals.precedentSource(signed.dealId())));
    index.awaitSearchable(generation, VISIBLE_WITHIN);
    log.info("Deal {} indexed as a precedent", signed.dealId());
  }

  @EventListener(ApplicationReadyEvent.class)
  void catchUpOnStartup() {
    List<UUID> signed = deals.signedDealIds();
    if (index.documentCount() >= signed.size()) {
      return;
    }
    log.info(
        "Precedent index holds {} of {} signed deals; indexing them from the database",
        index.documentCount(),
        signed.size());
    long generation = 0;
    for (UUID dealId : signed) {
      generation = index.upsert(document(deals.precedentSource(dealId)));
    }
    index.commit();
    index.awaitSearchable(generation, VISIBLE_WITHIN);
  }

  static PrecedentDocument document(PrecedentSource source) {
    DealDetails deal = source.deal();
    return new PrecedentDocument(
        deal.id().toString(),
        deal.title(),
        deal.vendor(),
        deal.models(),
        deal.hostingModel().name(),
        deal.useCase(),
        deal.stage().name(),
        source.contractText(),
        deal.decidedAt(),
        source.readers());
  }
}
