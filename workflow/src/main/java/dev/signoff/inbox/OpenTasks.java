package dev.signoff.inbox;

import dev.signoff.identity.Caller;
import dev.signoff.review.ReviewProcess;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds open tasks and says who may act on them; shared by decisions and assignments. */
@Component
class OpenTasks {

  private final TaskService tasks;
  private final HistoryService history;

  OpenTasks(TaskService tasks, HistoryService history) {
    this.tasks = tasks;
    this.history = history;
  }

  /**
   * The open task.
   *
   * @throws TaskProblem 409 when it was completed already, 404 when it never existed
   */
  Task open(String taskId) {
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task != null) {
      return task;
    }
    if (history.createHistoricTaskInstanceQuery().taskId(taskId).count() > 0) {
      throw TaskProblem.alreadyCompleted(taskId);
    }
    throw TaskProblem.taskNotFound(taskId);
  }

  /** The group a task is offered to (its first candidate group), or null for a personal task. */
  String candidateGroupOf(String taskId) {
    return tasks.getIdentityLinksForTask(taskId).stream()
        .filter(
            link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId)
        .findFirst()
        .orElse(null);
  }

  UUID dealIdOf(String taskId) {
    Object dealId = tasks.getVariable(taskId, ReviewProcess.DEAL_ID);
    if (dealId == null) {
      // The task was completed by a parallel decision since it was read: the caller retries and
      // learns it was decided already.
      throw new NotFoundException("Task " + taskId + " ended meanwhile");
    }
    return UUID.fromString((String) dealId);
  }

  /**
   * Checks that the caller may act on the task: its assignee, or a member of its group while nobody
   * has claimed it.
   *
   * @throws TaskProblem 403 when the task belongs to another group or person, 409 when someone else
   *     of the group claimed it
   */
  static void requireMayAct(Caller caller, Task task, String group) {
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
}
