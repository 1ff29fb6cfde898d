package dev.signoff.idempotency;

import java.util.UUID;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Marks the idempotency key of the request being served as CHANGED inside every read-write
 * transaction the request commits, just before the commit: after a crash the key then says whether
 * the interrupted attempt took effect. Registered with the transaction manager as an execution
 * listener; a request without a key marks nothing.
 */
class ChangeMarker implements TransactionExecutionListener {

  /** The claim of the request this thread serves. */
  record Claim(String caller, String key, UUID claimId) {}

  private final ThreadLocal<Claim> current = new ThreadLocal<>();
  private final IdempotentRequests requests;

  ChangeMarker(IdempotentRequests requests) {
    this.requests = requests;
  }

  /** The current thread serves this claimed request from now on. */
  void serving(Claim claim) {
    current.set(claim);
  }

  /** The current thread has finished its claimed request. */
  void done() {
    current.remove();
  }

  @Override
  public void beforeCommit(TransactionExecution transaction) {
    Claim claim = current.get();
    if (claim == null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
      return;
    }
    requests.markChanged(claim.caller(), claim.key(), claim.claimId());
  }
}
