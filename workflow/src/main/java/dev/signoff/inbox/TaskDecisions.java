package dev.signoff.inbox;

import dev.signoff.checklist.ChecklistReviews;
import dev.signoff.comment.ThreadQueries;
import dev.signoff.contract.ContractInfo;
import dev.signoff.contract.ContractStore;
import dev.signoff.contract.ExtractedContract;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.ReviewRounds;
import dev.signoff.identity.Caller;
import dev.signoff.inbox.OpenTasks.TaskOnDeal;
import dev.signoff.review.ReviewProcess;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides tasks, and takes the owner's revisions, in their own transactions. A decision that
 * collides with a parallel one on another task of the same deal (the engine's optimistic locking)
 * is retried in a fresh transaction; a decision that lost the race for the same task ends as
 * "already completed". Transactions on one deal queue on its audit chain (taken first, see {@link
 * OpenTasks#openForChange}); one that loses that wait (H2's lock timeout) is retried the same way.
 */
@Component
class TaskDecisions {

  private static final Logger log = LoggerFactory.getLogger(TaskDecisions.class);
  private static final int ATTEMPTS = 4;

  private final TaskService tasks;
  private final OpenTasks openTasks;
  private final DealLifecycle lifecycle;
  private final ReviewRounds rounds;
  private final ContractStore contracts;
  private final ChecklistReviews checklists;
  private final TaskAudit audit;
  private final ThreadQueries threads;
  private final TransactionTemplate transaction;
  private final DealQueue queue;

  TaskDecisions(
      TaskService tasks,
      OpenTasks openTasks,
      DealLifecycle lifecycle,
      ReviewRounds rounds,
      ContractStore contracts,
      ChecklistReviews checklists,
      TaskAudit audit,
      ThreadQueries threads,
      TransactionTemplate transaction,
      DealQueue queue) {
    this.tasks = tasks;
    this.openTasks = openTasks;
    this.lifecycle = lifecycle;
    this.rounds = rounds;
    this.contracts = contracts;
    this.checklists = checklists;
    this.audit = audit;
    this.threads = threads;
    this.transaction = transaction;
    this.queue = queue;
  }

  DecisionResult decide(Caller caller, String taskId, Decision decision) {
    return retryingCollisions(taskId, () -> decideOnce(caller, taskId, decision));
  }

  /**
   * The owner's revision: stores the new contract version, records the answer, and completes the
   * revision task, which starts the next review round, all in one transaction.
   */
  DecisionResult submitRevision(
      Caller caller, String taskId, ExtractedContract revision, String answer) {
    return retryingCollisions(
        taskId,
        () -> {
          TaskOnDeal open = openTasks.openForChange(taskId);
          Task task = open.task();
          // Who may act first: someone else learns nothing about the task, not even its kind.
          if (!caller.username().equals(task.getAssignee())) {
            throw openTasks.refused(
                caller, open, "submit a revision", TaskProblem.notYours(taskId));
          }
          if (TaskKind.ofElement(task.getTaskDefinitionKey()) != TaskKind.REVISION) {
            throw TaskProblem.invalid("Task " + taskId + " does not ask for a revised contract.");
          }
          UUID dealId = open.dealId();
          ContractInfo stored = contracts.store(dealId, revision, caller.username());
          rounds.recordRevision(dealId, stored.version(), answer, caller.username());
          audit.revised(caller, open, stored.version());
          tasks.complete(taskId);
          return new DecisionResult(taskId, dealId, null, lifecycle.stageOf(dealId).name());
        });
  }

  /** Runs the work in its deal's turn on this node, in a transaction retried after collisions. */
  private DecisionResult retryingCollisions(
      String taskId, java.util.function.Supplier<DecisionResult> work) {
    return queue.inTurn(openTasks.dealOf(taskId), () -> retryingInTurn(taskId, work));
  }

  private DecisionResult retryingInTurn(
      String taskId, java.util.function.Supplier<DecisionResult> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> work.get());
      } catch (OptimisticLockingException
          | OptimisticLockingFailureException
          | NullValueException
          | NotFoundException e) {
        // A parallel change won: another task of the deal completed at the same moment (retry
        // succeeds), or this very task was completed meanwhile (the retry answers "already
        // decided").
        if (attempt >= ATTEMPTS) {
          throw TaskProblem.busy(taskId);
        }
        log.debug(
            "Decision on task {} collided with another change (attempt {}); retrying",
            taskId,
            attempt);
      } catch (TaskAlreadyClaimedException e) {
        throw TaskProblem.claimedBySomeoneElse(taskId, e.getTaskAssignee());
      } catch (RuntimeException e) {
        if (!LockContention.causedBy(e)) {
          throw e;
        }
        if (attempt >= ATTEMPTS) {
          throw TaskProblem.busy(taskId);
        }
        log.debug(
            "Decision on task {} lost a wait for a lock (attempt {}); retrying", taskId, attempt);
      }
    }
  }

  private DecisionResult decideOnce(Caller caller, String taskId, Decision decision) {
    TaskOnDeal open = openTasks.openForChange(taskId);
    Task task = open.task();
    String group = openTasks.candidateGroupOf(taskId);
    openTasks.requireMayAct(caller, open, group, "decide");
    TaskKind kind = TaskKind.ofElement(task.getTaskDefinitionKey());
    openTasks.requireFourEyes(caller, open, kind, decision.outcome());
    UUID dealId = open.dealId();
    Map<String, Object> variables = variablesFor(kind, decision);
    if (kind == TaskKind.REVIEW) {
      checklists.requireDecidable(dealId, group, decision.outcome().status());
    }
    if (kind == TaskKind.FINAL_APPROVAL && decision.outcome() == Outcome.APPROVE) {
      threads.requireNothingBlocksSigning(dealId);
    }
    if (task.getAssignee() == null) {
      tasks.claim(taskId, caller.username());
      audit.claimed(caller, open, group);
    }
    lifecycle.recordDecision(
        dealId,
        group,
        kind.signOffKind().orElseThrow(),
        decision.outcome().status(),
        decision.comment(),
        decision.conditions(),
        caller.username());
    // Before the completion, so that the decision comes before what it sets off in the process.
    audit.completed(caller, open, group, decision);
    tasks.complete(taskId, variables);
    return new DecisionResult(taskId, dealId, decision.outcome(), lifecycle.stageOf(dealId).name());
  }

  /**
   * What the process needs to hear, after checking that the decision fits the task: reviews take
   * all four outcomes, the pre-signoff confirmation and the final approval approve or reject.
   */
  private static Map<String, Object> variablesFor(TaskKind kind, Decision decision) {
    Outcome outcome = decision.outcome();
    boolean rejected = outcome == Outcome.REJECT;
    if ((outcome == Outcome.REQUEST_CHANGES || rejected) && decision.comment() == null) {
      throw TaskProblem.commentRequired(outcome);
    }
    switch (kind) {
      case REVIEW -> {
        if (outcome == Outcome.APPROVE_WITH_CONDITIONS && decision.conditions().isEmpty()) {
          throw TaskProblem.invalid(
              "Name at least one condition when you approve with conditions.");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReviewProcess.REJECTED, rejected);
        if (outcome == Outcome.REQUEST_CHANGES) {
          variables.put(ReviewProcess.CHANGES_REQUESTED, true);
        }
        return variables;
      }
      case PRE_SIGNOFF -> {
        requireApproveOrReject(kind, outcome);
        if (!rejected && (decision.confirmations() == null || !decision.confirmations().all())) {
          throw TaskProblem.invalid(
              "Confirm all three statements (the contract matches the planned deployment, the risk"
                  + " is acceptable, monitoring and governance are in place), or reject with the reason.");
        }
        return Map.of(ReviewProcess.REJECTED, rejected);
      }
      case FINAL_APPROVAL -> {
        requireApproveOrReject(kind, outcome);
        return Map.of(ReviewProcess.FINAL_APPROVED, !rejected);
      }
      default ->
          throw TaskProblem.invalid(
              "This task is the contract revision: upload the revised contract instead of deciding.");
    }
  }

  private static void requireApproveOrReject(TaskKind kind, Outcome outcome) {
    if (outcome != Outcome.APPROVE && outcome != Outcome.REJECT) {
      throw TaskProblem.invalid(
          "A " + kind.name().toLowerCase().replace('_', ' ') + " task takes APPROVE or REJECT.");
    }
  }
}
