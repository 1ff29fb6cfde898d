package dev.signoff.inbox;

import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.identity.Roles;
import dev.signoff.inbox.OpenTasks.TaskOnDeal;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who works on a task: claim, unclaim, delegate and reassign, always within the task's group. A
 * task never moves to someone outside the group it was offered to. Each change and each refusal
 * joins the audit trail of the task's deal.
 */
@Component
class TaskAssignments {

  private static final List<String> MAY_REASSIGN_ANY = List.of(Roles.MANAGER, Roles.ADMIN);

  private final TaskService tasks;
  private final OpenTasks openTasks;
  private final KnownUsers knownUsers;
  private final TaskAudit audit;
  private final TransactionTemplate transaction;
  private final DealQueue queue;

  TaskAssignments(
      TaskService tasks,
      OpenTasks openTasks,
      KnownUsers knownUsers,
      TaskAudit audit,
      TransactionTemplate transaction,
      DealQueue queue) {
    this.tasks = tasks;
    this.openTasks = openTasks;
    this.knownUsers = knownUsers;
    this.audit = audit;
    this.transaction = transaction;
    this.queue = queue;
  }

  /**
   * The caller takes a task of their group. When several members reach for the same task at once,
   * the first one's claim commits before the others' turns come, and they are refused by what it
   * committed rather than each in a transaction of its own.
   */
  void claim(Caller caller, String taskId) {
    change(
        taskId,
        () -> openTasks.refuseIfClaimedByOther(caller, taskId),
        task -> {
          String group = openTasks.candidateGroupOf(taskId);
          openTasks.requireMayAct(caller, task, group, "claim");
          if (task.task().getAssignee() == null) {
            tasks.claim(taskId, caller.username());
            audit.claimed(caller, task, group);
          }
        });
  }

  /** The assignee (or a manager) gives the task back to its group. */
  void unclaim(Caller caller, String taskId) {
    change(
        taskId,
        () -> {},
        task -> {
          if (!caller.username().equals(task.task().getAssignee())
              && !caller.isMemberOfAny(MAY_REASSIGN_ANY)) {
            throw openTasks.refused(caller, task, "unclaim", TaskProblem.notYours(taskId));
          }
          String group = openTasks.candidateGroupOf(taskId);
          if (group == null) {
            throw TaskProblem.invalid("This task is personal; it cannot go back to a group.");
          }
          if (task.task().getAssignee() != null) {
            tasks.setAssignee(taskId, null);
            audit.unclaimed(caller, task, group);
          }
        });
  }

  /**
   * Hands the task to another member of its group: the assignee delegates, or a group member takes
   * over an unclaimed task for someone, or a manager reassigns.
   */
  void assign(Caller caller, String taskId, String newAssignee) {
    change(
        taskId,
        () -> {},
        task -> {
          String group = openTasks.candidateGroupOf(taskId);
          String assignee = task.task().getAssignee();
          boolean mayAssign =
              caller.username().equals(assignee)
                  || caller.isMemberOfAny(MAY_REASSIGN_ANY)
                  || (assignee == null && group != null && caller.isMemberOf(group));
          if (!mayAssign) {
            throw openTasks.refused(caller, task, "hand over", TaskProblem.notYours(taskId));
          }
          if (group == null) {
            throw TaskProblem.invalid(
                "This task is personal; it cannot be handed to someone else.");
          }
          boolean inGroup =
              knownUsers.groupsOf(newAssignee).map(groups -> groups.contains(group)).orElse(false);
          if (!inGroup) {
            throw openTasks.refused(
                caller,
                task,
                "hand over to " + newAssignee,
                TaskProblem.outsideGroup(taskId, newAssignee, group));
          }
          tasks.setAssignee(taskId, newAssignee);
          audit.handedOver(caller, task, group, newAssignee);
        });
  }

  /**
   * Runs the change in a transaction of its own once earlier changes to the task's deal on this
   * node have ended; {@code inTurn} runs first, before the transaction begins.
   */
  private void change(String taskId, Runnable inTurn, Consumer<TaskOnDeal> change) {
    try {
      queue.inTurn(
          openTasks.dealOf(taskId),
          () -> {
            inTurn.run();
            return LockContention.retrying(
                transaction,
                taskId,
                () -> {
                  change.accept(openTasks.openForChange(taskId));
                  return null;
                });
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
}
