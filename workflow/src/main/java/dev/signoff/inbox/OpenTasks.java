package dev.signoff.inbox;

import dev.signoff.audit.AccessDenied;
import dev.signoff.audit.AuditTrail;
import dev.signoff.deal.DealLifecycle;
import dev.signoff.identity.Caller;
import dev.signoff.review.ReviewProcess;
import dev.signoff.review.ReviewProcessClient;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.ServiceImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Finds open tasks and says who may act on them; shared by decisions and assignments. A refusal
 * joins the audit trail of the task's deal.
 */
@Component
class OpenTasks {

  /** An open task and the deal it belongs to. */
  record TaskOnDeal(Task task, UUID dealId) {
    String id() {
      return task.getId();
    }
  }

  /** How many tasks' groups are remembered at most. */
  static final int REMEMBERED = 20_000;

  private final TaskService tasks;
  private final HistoryService history;
  private final Map<String, Optional<String>> groupOfTask = new ConcurrentHashMap<>();
  private final Map<String, UUID> dealOfTask = new ConcurrentHashMap<>();
  private final ReviewProcessClient process;
  private final DealLifecycle deals;
  private final AuditTrail audit;

  OpenTasks(
      TaskService tasks,
      HistoryService history,
      ReviewProcessClient process,
      DealLifecycle deals,
      AuditTrail audit) {
    this.tasks = tasks;
    this.history = history;
    this.process = process;
    this.deals = deals;
    this.audit = audit;
  }

  /**
   * The open task, to change it in the current transaction. Locks its deal's audit chain first (the
   * deal as remembered by {@link #dealOf}) and reads the task after that lock: every transaction
   * that changes a deal takes the chain lock before its first write, so transactions on one deal
   * follow each other instead of deadlocking on the engine's rows, and each sees what the one
   * before it committed.
   *
   * @throws TaskProblem 409 when it was completed already, 404 when it never existed
   */
  TaskOnDeal openForChange(String taskId) {
    UUID dealId = dealOf(taskId);
    audit.lockChain(dealId);
    return new TaskOnDeal(open(taskId), dealId);
  }

  /**
   * The deal of an open task, to queue a change to it before its transaction begins. A task's deal
   * never changes, so the answer is remembered (for the {@link #REMEMBERED} most recently asked
   * tasks).
   *
   * @throws TaskProblem 409 when it was completed already, 404 when it never existed
   */
  UUID dealOf(String taskId) {
    UUID known = dealOfTask.get(taskId);
    if (known != null) {
      return known;
    }
    UUID dealId;
    try {
      dealId = dealIdOf(open(taskId));
    } catch (NotFoundException e) {
      throw TaskProblem.alreadyCompleted(taskId);
    }
    if (dealOfTask.size() >= REMEMBERED) {
      dealOfTask.clear();
    }
    dealOfTask.put(taskId, dealId);
    return dealId;
  }

  /**
   * Refuses, without a transaction, a claim of a task that a fellow member of its group holds
   * already, as read from what has committed. Anything else (a free task, one of another group, one
   * that ended) is left to the claim's own transaction, which also records refusals.
   *
   * @throws TaskProblem 409 when someone else of the task's group claimed it
   */
  void refuseIfClaimedByOther(Caller caller, String taskId) {
    Task task = find(taskId);
    if (task == null || task.getAssignee() == null) {
      return;
    }
    String assignee = task.getAssignee();
    String group = candidateGroupOf(taskId);
    if (!caller.username().equals(assignee) && group != null && caller.isMemberOf(group)) {
      throw TaskProblem.claimedBySomeoneElse(taskId, assignee);
    }
  }

  /**
   * The open task.
   *
   * @throws TaskProblem 409 when it was completed already, 404 when it never existed
   */
  Task open(String taskId) {
    Task task = find(taskId);
    if (task != null) {
      return task;
    }
    if (completedBefore(taskId)) {
      throw TaskProblem.alreadyCompleted(taskId);
    }
    throw TaskProblem.taskNotFound(taskId);
  }

  /** Whether the task existed and ended, read by its id in the engine's history. */
  private boolean completedBefore(String taskId) {
    return ((ServiceImpl) history)
            .getCommandExecutor()
            .execute(
                context ->
                    context
                        .getDbEntityManager()
                        .selectById(HistoricTaskInstanceEventEntity.class, taskId))
        != null;
  }

  /**
   * The task if it is open, read by its id alone: a task query would build its SQL from the
   * engine's dynamic query mapping, which costs more than the rest of a short request.
   */
  Task find(String taskId) {
    return ((ServiceImpl) tasks)
        .getCommandExecutor()
        .execute(context -> context.getTaskManager().findTaskById(taskId));
  }

  /**
   * The group a task is offered to (its first candidate group), or null for a personal task. The
   * review process offers each task to its group when it creates it and never changes that, so the
   * answer is remembered (for the {@link #REMEMBERED} most recently asked tasks).
   */
  String candidateGroupOf(String taskId) {
    Optional<String> known = groupOfTask.get(taskId);
    if (known != null) {
      return known.orElse(null);
    }
    String group =
        tasks.getIdentityLinksForTask(taskId).stream()
            .filter(
                link ->
                    IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
            .map(IdentityLink::getGroupId)
            .findFirst()
            .orElse(null);
    if (groupOfTask.size() >= REMEMBERED) {
      groupOfTask.clear();
    }
    groupOfTask.put(taskId, Optional.ofNullable(group));
    return group;
  }

  /** The open revision task of the deal: it waits for its owner's revised contract. */
  Optional<String> revisionTaskOf(UUID dealId) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(dealId.toString())
        .taskDefinitionKey(ReviewProcess.REVISION_TASK)
        .active()
        .list()
        .stream()
        .map(Task::getId)
        .findFirst();
  }

  UUID dealIdOf(Task task) {
    UUID dealId = process.dealIdOf(task.getProcessInstanceId());
    if (dealId == null) {
      // The task's process ended by a parallel decision since the task was read: the caller
      // retries and learns it was decided already.
      throw new NotFoundException("Task " + task.getId() + " ended meanwhile");
    }
    return dealId;
  }

  /**
   * Checks that the caller may act on the task: its assignee, or a member of its group while nobody
   * has claimed it.
   *
   * @param attempted what the caller tried, for the audit trail when they are refused
   * @throws TaskProblem 403 when the task belongs to another group or person, 409 when someone else
   *     of the group claimed it
   */
  void requireMayAct(Caller caller, TaskOnDeal task, String group, String attempted) {
    String assignee = task.task().getAssignee();
    if (caller.username().equals(assignee)) {
      return;
    }
    if (group == null || !caller.isMemberOf(group)) {
      throw refused(caller, task, attempted, TaskProblem.notYours(task.id()));
    }
    if (assignee != null) {
      throw TaskProblem.claimedBySomeoneElse(task.id(), assignee);
    }
  }

  /**
   * Four eyes: the deal's owner never approves a review or pre-signoff task of their own deal, and
   * never gives its final approval (either way), even as a member of the task's group.
   *
   * @throws TaskProblem 403 when the caller owns the deal and the decision would be theirs to sign
   */
  void requireFourEyes(Caller caller, TaskOnDeal task, TaskKind kind, Outcome outcome) {
    String owner = deals.ownerOf(task.dealId());
    if (!caller.username().equals(owner)) {
      return;
    }
    boolean approves = outcome == Outcome.APPROVE || outcome == Outcome.APPROVE_WITH_CONDITIONS;
    if (kind == TaskKind.FINAL_APPROVAL
        || approves && (kind == TaskKind.REVIEW || kind == TaskKind.PRE_SIGNOFF)) {
      throw refused(caller, task, "decide", TaskProblem.ownDeal(task.id(), kind));
    }
  }

  /**
   * Records in the deal's audit trail that the caller was refused the action (once the current
   * transaction has ended), and returns the problem to throw.
   */
  TaskProblem refused(Caller caller, TaskOnDeal task, String attempted, TaskProblem problem) {
    audit.recordDenial(
        new AccessDenied(task.dealId(), caller.username(), task.id(), attempted, problem.detail()));
    return problem;
  }
}
