package dev.signoff.inbox;

import dev.signoff.deal.DealLifecycle;
import dev.signoff.deal.SignOffKind;
import dev.signoff.identity.Caller;
import dev.signoff.review.ReviewProcess;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides and claims tasks in their own transactions. A decision that collides with a parallel one
 * on another task of the same deal (the engine's optimistic locking) is retried in a fresh
 * transaction; a decision that lost the race for the same task ends as "already completed".
 */
@Component
class TaskDecisions {

  private static final Logger log = LoggerFactory.getLogger(TaskDecisions.class);
  private static final int ATTEMPTS = 4;

  private final TaskService tasks;
  private final HistoryService history;
  private final DealLifecycle lifecycle;
  private final TransactionTemplate transaction;

  TaskDecisions(
      TaskService tasks,
      HistoryService history,
      DealLifecycle lifecycle,
      TransactionTemplate transaction) {
    this.tasks = tasks;
    this.history = history;
    this.lifecycle = lifecycle;
    this.transaction = transaction;
  }

  DecisionResult decide(Caller caller, String taskId, Decision decision) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> decideOnce(caller, taskId, decision));
      } catch (OptimisticLockingException
          | OptimisticLockingFailureException
          | NullValueException
          | NotFoundException e) {
        // A parallel change won: another task of the deal completed at the same moment (retry
        // succeeds), or this very task was completed meanwhile (the retry answers "already
        // decided").
        if (attempt >= ATTEMPTS) {
          throw new TaskProblem(
              org.springframework.http.HttpStatus.CONFLICT,
              "Concurrent change",
              "Task " + taskId + " changed at the same moment several times; try again.");
        }
        log.debug(
            "Decision on task {} collided with another change (attempt {}); retrying",
            taskId,
            attempt);
      } catch (TaskAlreadyClaimedException e) {
        throw TaskProblem.claimedBySomeoneElse(taskId, e.getTaskAssignee());
      }
    }
  }

  void claim(Caller caller, String taskId) {
    try {
      transaction.executeWithoutResult(
          status -> {
            Task task = openTask(taskId);
            requireMayAct(caller, task, candidateGroupOf(taskId));
            if (task.getAssignee() == null) {
              tasks.claim(taskId, caller.username());
            }
          });
    } catch (TaskAlreadyClaimedException e) {
      throw TaskProblem.claimedBySomeoneElse(taskId, e.getTaskAssignee());
    } catch (OptimisticLockingException
        | OptimisticLockingFailureException
        | NullValueException
        | NotFoundException e) {
      throw TaskProblem.alreadyCompleted(taskId);
    }
  }

  private DecisionResult decideOnce(Caller caller, String taskId, Decision decision) {
    Task task = openTask(taskId);
    String group = candidateGroupOf(taskId);
    requireMayAct(caller, task, group);
    UUID dealId = UUID.fromString((String) tasks.getVariable(taskId, ReviewProcess.DEAL_ID));
    boolean approved = decision.outcome() == Outcome.APPROVE;
    boolean finalApproval = ReviewProcess.FINAL_APPROVAL_TASK.equals(task.getTaskDefinitionKey());
    if (task.getAssignee() == null) {
      tasks.claim(taskId, caller.username());
    }
    lifecycle.recordDecision(
        dealId,
        group,
        finalApproval ? SignOffKind.FINAL_APPROVAL : SignOffKind.REVIEW,
        approved,
        decision.comment(),
        caller.username());
    Map<String, Object> variables =
        finalApproval
            ? Map.of(ReviewProcess.FINAL_APPROVED, approved)
            : Map.of(ReviewProcess.REJECTED, !approved);
    tasks.complete(taskId, variables);
    return new DecisionResult(taskId, dealId, decision.outcome(), lifecycle.stageOf(dealId).name());
  }

  private Task openTask(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
      throw TaskProblem.alreadyCompleted(taskId);
    }
    throw TaskProblem.taskNotFound(taskId);
  }

  private static void requireMayAct(Caller caller, Task task, String group) {
    String assignee = task.getAssignee();
    if (caller.username().equals(assignee)) {
      return;
    }
    if (group == null || !caller.isMemberOf(group)) {
      throw TaskProblem.notYours(task.getId());
    }
    if (assignee != null) {
      throw TaskProblem.claimedBySomeoneElse(task.getId(), assignee);
    }
  }

  /** The group a task is offered to (its first candidate group), or null. */
  String candidateGroupOf(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(
            link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(link -> link.getGroupId())
        .findFirst()
        .orElse(null);
  }
}
