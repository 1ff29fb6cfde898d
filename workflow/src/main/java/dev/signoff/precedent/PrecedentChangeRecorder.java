package dev.signoff.precedent;

import dev.signoff.deal.DealSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a change-log row in the transaction of every deal change that alters a precedent.
 *
 * <p>Only signed deals are precedents for now; a rejected deal changes nothing the index shows.
 * When outcomes become a search facet, rejection and withdrawal are recorded here as {@code INDEX}
 * changes too, and the indexer builds their documents from the database like any other.
 */
@Component
class PrecedentChangeRecorder {

  private final PrecedentChangeLog log;
  private final PrecedentIndexer indexer;

  PrecedentChangeRecorder(PrecedentChangeLog log, PrecedentIndexer indexer) {
    this.log = log;
    this.indexer = indexer;
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(DealSigned signed) {
    long position = log.record(signed.dealId(), PrecedentChange.Kind.INDEX);
    // The signing user reads their own write: once the change has committed, this node applies
    // it at once and the signing request returns when searches see it.
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            indexer.awaitApplied(position);
          }
        });
  }
}
