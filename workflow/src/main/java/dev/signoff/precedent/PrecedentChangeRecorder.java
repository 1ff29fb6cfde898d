package dev.signoff.precedent;

import dev.signoff.deal.DealMembershipChanged;
import dev.signoff.deal.DealRejected;
import dev.signoff.deal.DealSigned;
import dev.signoff.deal.DealWithdrawn;
import dev.signoff.deal.PastDealImported;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a change-log row in the transaction of every deal change that alters a precedent.
 *
 * <p>Every closed deal is a precedent with its outcome: signing, rejection and withdrawal are each
 * recorded as an {@code INDEX} change, and the indexer builds the document from the database. The
 * user who closed the deal reads their own write; an imported past deal is applied by the schedule.
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
    recordAndAwait(signed.dealId());
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(DealRejected rejected) {
    recordAndAwait(rejected.dealId());
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(DealWithdrawn withdrawn) {
    recordAndAwait(withdrawn.dealId());
  }

  /** A closed deal shared with someone, or no longer: its precedent's readers change. */
  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(DealMembershipChanged changed) {
    if (changed.dealClosed()) {
      recordAndAwait(changed.dealId());
    }
  }

  @EventListener
  @Transactional(propagation = Propagation.MANDATORY)
  void on(PastDealImported imported) {
    log.record(imported.dealId(), PrecedentChange.Kind.INDEX);
  }

  private void recordAndAwait(UUID dealId) {
    long position = log.record(dealId, PrecedentChange.Kind.INDEX);
    // The user who closed the deal reads their own write: once the change has committed, this
    // node applies it at once and the request returns when searches see it.
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            indexer.awaitApplied(position);
          }
        });
  }
}
