package dev.signoff.audit;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes access denials to the audit trail. A denial's request fails, so its transaction rolls
 * back; the denial is written in a transaction of its own (REQUIRES_NEW) by one writer thread,
 * handed over only once the request's transaction has ended.
 *
 * <p>Why not REQUIRES_NEW right in the request: the request's transaction still holds its
 * connection and its locks while it waits for the new one. When it holds the deal's chain head (a
 * refused action in a transaction that already changed the deal), the new transaction would wait
 * for that lock forever; and a flood of denials, each request holding one pooled connection while
 * waiting for a second, can take every connection of the pool so that none gets its second. The
 * writer thread holds at most one connection and waits only for locks of transactions that do not
 * wait for it. The queue is bounded: when a flood outruns the writer, the surplus is logged instead
 * of piling up in memory.
 */
@Component
class DenialRecorder implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(DenialRecorder.class);
  private static final int QUEUE_CAPACITY = 10_000;
  private static final int ATTEMPTS = 5;
  private static final Duration DRAIN_ON_SHUTDOWN = Duration.ofSeconds(10);

  private final AuditAppender appender;
  private final TransactionTemplate transaction;
  private final ThreadPoolExecutor writer =
      new ThreadPoolExecutor(
          1,
          1,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(QUEUE_CAPACITY),
          work -> {
            Thread thread = new Thread(work, "audit-denials");
            thread.setDaemon(true);
            return thread;
          },
          (work, executor) ->
              log.warn(
                  "Audit: too many access denials at once; this one was not recorded: {}", work));

  DenialRecorder(AuditAppender appender, PlatformTransactionManager transactions) {
    this.appender = appender;
    this.transaction = new TransactionTemplate(transactions);
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Records the denial once the current transaction, if any, has ended. */
  void record(AccessDenied denial) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              enqueue(denial);
            }
          });
    } else {
      enqueue(denial);
    }
  }

  private void enqueue(AccessDenied denial) {
    writer.execute(new Write(denial));
  }

  /** One denial to write; named so that a dropped one is logged with its content. */
  private final class Write implements Runnable {
    private final AccessDenied denial;

    Write(AccessDenied denial) {
      this.denial = denial;
    }

    @Override
    public void run() {
      for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
        try {
          transaction.executeWithoutResult(
              status -> {
                // Only a deal that exists has a chain; a denial never creates one.
                AuditChainHead head = appender.lock(denial.dealId(), false);
                if (head != null) {
                  appender.append(denial, head);
                }
              });
          return;
        } catch (PessimisticLockingFailureException busy) {
          log.debug("Audit: chain of deal {} busy (attempt {})", denial.dealId(), attempt);
        } catch (RuntimeException e) {
          log.error("Audit: could not record {}", denial, e);
          return;
        }
      }
      log.error("Audit: chain of deal {} stayed locked; not recorded: {}", denial.dealId(), denial);
    }

    @Override
    public String toString() {
      return denial.toString();
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    writer.shutdown();
    if (!writer.awaitTermination(DRAIN_ON_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS)) {
      log.warn("Audit: {} access denials were not recorded at shutdown", writer.getQueue().size());
      writer.shutdownNow();
    }
  }
}
