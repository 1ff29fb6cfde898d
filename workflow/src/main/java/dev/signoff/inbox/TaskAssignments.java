package dev.signoff.inbox;

import dev.signoff.identity.Caller;
import dev.signoff.identity.KnownUsers;
import dev.signoff.identity.Roles;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who works on a task: claim, unclaim, delegate and reassign, always within the task's group. A
 * task never moves to someone outside the group it was offered to.
 */
@Component
class TaskAssignments {

  private static final List<String> MAY_REASSIGN_ANY = List.of(Roles.MANAGER, Roles.ADMIN);

  private final TaskService tasks;
  private final OpenTasks openTasks;
  private final KnownUsers knownUsers;
  private final TransactionTemplate transaction;

  TaskAssignments(
      TaskService tasks,
      OpenTasks openTasks,
      KnownUsers knownUsers,
      TransactionTemplate transaction) {
    this.tasks = tasks;
    this.openTasks = openTasks;
    this.knownUsers = knownUsers;
    this.transaction = transaction;
  }

  /** The caller takes a task of their group. */
  void claim(Caller caller, String taskId) {
    change(
        taskId,
        task -> {
          OpenTasks.requireMayAct(caller, task, openTasks.candidateGroupOf(taskId));
          if (task.getAssignee() == null) {
            tasks.claim(taskId, caller.username());
          }
        });
  }

  /** The assignee (or a manager) gives the task back to its group. */
  void unclaim(Caller caller, String taskId) {
    change(
        taskId,
        task -> {
          if (!caller.username().equals(task.getAssignee())
              && !caller.isMemberOfAny(MAY_REASSIGN_ANY)) {
            throw TaskProblem.notYours(taskId);
          }
          if (openTasks.candidateGroupOf(taskId) == null) {
            throw TaskProblem.invalid("This task is personal; it cannot go back to a group.");
          }
          tasks.setAssignee(taskId, null);
        });
  }

  /**
   * Hands the task to another member of its group: the assignee delegates, or a group member takes
   * over an unclaimed task for someone, or a manager reassigns.
   */
  void assign(Caller caller, String taskId, String newAssignee) {
    change(
        taskId,
        task -> {
          String group = openTasks.candidateGroupOf(taskId);
          boolean mayAssign =
              caller.username().equals(task.getAssignee())
                  || caller.isMemberOfAny(MAY_REASSIGN_ANY)
                  || (task.getAssignee() == null && group != null && caller.isMemberOf(group));
          if (!mayAssign) {
            throw TaskProblem.notYours(taskId);
          }
          if (group == null) {
            throw TaskProblem.invalid(
                "This task is personal; it cannot be handed to someone else.");
          }
          boolean inGroup =
              knownUsers.groupsOf(newAssignee).map(groups -> groups.contains(group)).orElse(false);
          if (!inGroup) {
            throw TaskProblem.outsideGroup(taskId, newAssignee, group);
          }
          tasks.setAssignee(taskId, newAssignee);
        });
  }

  private void change(String taskId, Consumer<Task> change) {
    try {
      transaction.executeWithoutResult(status -> change.accept(openTasks.open(taskId)));
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
