package dev.signoff.inbox;

import dev.signoff.deal.DealHeadline;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Caller;
import dev.signoff.identity.Roles;
import dev.signoff.review.ReviewProcess;
import dev.signoff.review.ReviewProcessClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Finds the open tasks of a caller and describes them with their deal, most urgent first. */
@Component
class InboxQueries {

  private final TaskService tasks;
  private final ReviewProcessClient process;
  private final DealService deals;
  private final OpenTasks openTasks;
  private final Clock clock;

  InboxQueries(
      TaskService tasks,
      ReviewProcessClient process,
      DealService deals,
      OpenTasks openTasks,
      Clock clock) {
    this.tasks = tasks;
    this.process = process;
    this.deals = deals;
    this.openTasks = openTasks;
    this.clock = clock;
  }

  /** The caller's open tasks and their groups' open tasks (claimed or not), most urgent first. */
  List<InboxTask> tasksOf(Caller caller) {
    Map<String, Task> found = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    tasks
        .createTaskQuery()
        .taskAssignee(caller.username())
        .active()
        .list()
        .forEach(task -> found.put(task.getId(), task));
    for (String group : caller.groups()) {
      for (Task task :
          tasks
              .createTaskQuery()
              .taskCandidateGroup(group)
              .includeAssignedTasks()
              .active()
              .list()) {
        found.put(task.getId(), task);
        groups.put(task.getId(), group);
      }
    }
    return describe(found.values(), groups);
  }

  /**
   * One open task the caller may act on.
   *
   * @throws TaskProblem 404 when it does not exist or belongs to neither the caller nor their
   *     groups
   */
  InboxTask taskOf(Caller caller, String taskId) {
    Task task =
        Optional.ofNullable(openTasks.find(taskId))
            .orElseThrow(() -> TaskProblem.taskNotFound(taskId));
    String group = candidateGroupOf(task);
    if (!caller.username().equals(task.getAssignee())
        && (group == null || !caller.isMemberOf(group))) {
      throw TaskProblem.taskNotFound(taskId);
    }
    return describe(List.of(task), group == null ? Map.of() : Map.of(taskId, group)).stream()
        .findFirst()
        .orElseThrow(() -> TaskProblem.taskNotFound(taskId));
  }

  private List<InboxTask> describe(
      java.util.Collection<Task> found, Map<String, String> knownGroups) {
    Map<String, UUID> dealIds =
        process.dealIdsOf(
            found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
    Map<UUID, DealHeadline> visibleDeals =
        deals.headlinesOfVisible(dealIds.values()).stream()
            .collect(Collectors.toMap(DealHeadline::id, Function.identity()));
    return found.stream()
        .map(
            task -> {
              DealHeadline deal = visibleDeals.get(dealIds.get(task.getProcessInstanceId()));
              if (deal == null) {
                return null;
              }
              // Only tasks found by assignee need their group looked up (a query per task).
              String group = knownGroups.get(task.getId());
              if (group == null) {
                try {
                  group = candidateGroupOf(task);
                } catch (NullValueException completedMeanwhile) {
                  // Decided by someone else since the list was read: no longer open.
                  return null;
                }
              }
              Instant due = instant(task.getDueDate());
              return new InboxTask(
                  task.getId(),
                  deal.id(),
                  deal.title(),
                  deal.vendor(),
                  nameOf(task, group),
                  TaskKind.ofElement(task.getTaskDefinitionKey()),
                  group,
                  task.getAssignee(),
                  instant(task.getCreateTime()),
                  due,
                  due != null && due.isBefore(clock.instant()),
                  ReviewProcess.REVIEW_TASK.equals(task.getTaskDefinitionKey())
                      && group != null
                      && deal.reminded(group));
            })
        .filter(Objects::nonNull)
        .sorted(
            Comparator.comparing((InboxTask task) -> !task.overdue())
                .thenComparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxTask::created))
        .toList();
  }

  private String candidateGroupOf(Task task) {
    return openTasks.candidateGroupOf(task.getId());
  }

  private static String nameOf(Task task, String group) {
    if (ReviewProcess.REVIEW_TASK.equals(task.getTaskDefinitionKey()) && group != null) {
      return Roles.label(group) + " review";
    }
    if (ReviewProcess.PRE_SIGNOFF_TASK.equals(task.getTaskDefinitionKey()) && group != null) {
      return Roles.label(group) + " pre-signoff confirmation";
    }
    return task.getName();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
