package dev.signoff.inbox;

import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.Roles;
import dev.signoff.review.ReviewProcess;
import dev.signoff.review.ReviewProcessClient;
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
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's open tasks: those assigned to them and those of their groups. */
@Service
public class InboxService {

  private final TaskService tasks;
  private final ReviewProcessClient process;
  private final DealService deals;
  private final TaskDecisions decisions;

  InboxService(
      TaskService tasks, ReviewProcessClient process, DealService deals, TaskDecisions decisions) {
    this.tasks = tasks;
    this.process = process;
    this.deals = deals;
    this.decisions = decisions;
  }

  /** The caller's open tasks and their groups' open tasks (claimed or not), most urgent first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<InboxTask> myTasks() {
    Caller caller = CurrentCaller.get();
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
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public InboxTask get(String taskId) {
    Caller caller = CurrentCaller.get();
    Task task =
        Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
            .orElseThrow(() -> TaskProblem.taskNotFound(taskId));
    String group = candidateGroupOf(task);
    if (!caller.username().equals(task.getAssignee()) && !caller.isMemberOf(group)) {
      throw TaskProblem.taskNotFound(taskId);
    }
    return describe(List.of(task), Map.of(taskId, group)).stream()
        .findFirst()
        .orElseThrow(() -> TaskProblem.taskNotFound(taskId));
  }

  /**
   * Decides a task as the caller: approve or reject, with a comment. Claims it first when nobody
   * has.
   *
   * @throws TaskProblem 403 when the task is not the caller's or their group's, 409 when it was
   *     decided already or someone else claimed it, 404 when it never existed
   */
  @PreAuthorize("isAuthenticated()")
  public DecisionResult decide(String taskId, Decision decision) {
    if (decision == null || decision.outcome() == null) {
      throw TaskProblem.invalid("Say APPROVE or REJECT as the outcome.");
    }
    if (decision.comment() != null && decision.comment().length() > 4000) {
      throw TaskProblem.invalid("The comment is longer than 4000 characters.");
    }
    if (decision.outcome() == Outcome.REJECT && decision.comment() == null) {
      throw TaskProblem.commentRequired();
    }
    return decisions.decide(CurrentCaller.get(), taskId, decision);
  }

  /** Claims a task of one of the caller's groups. */
  @PreAuthorize("isAuthenticated()")
  public InboxTask claim(String taskId) {
    decisions.claim(CurrentCaller.get(), taskId);
    return get(taskId);
  }

  private List<InboxTask> describe(
      java.util.Collection<Task> found, Map<String, String> knownGroups) {
    Map<String, UUID> dealIds =
        process.dealIdsOf(
            found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()));
    Map<UUID, DealDetails> visibleDeals =
        deals.visibleAmong(dealIds.values()).stream()
            .collect(Collectors.toMap(DealDetails::id, Function.identity()));
    return found.stream()
        .map(
            task -> {
              DealDetails deal = visibleDeals.get(dealIds.get(task.getProcessInstanceId()));
              if (deal == null) {
                return null;
              }
              String group = knownGroups.getOrDefault(task.getId(), candidateGroupOf(task));
              return new InboxTask(
                  task.getId(),
                  deal.id(),
                  deal.title(),
                  deal.vendor(),
                  nameOf(task, group),
                  group,
                  task.getAssignee(),
                  instant(task.getCreateTime()),
                  instant(task.getDueDate()));
            })
        .filter(Objects::nonNull)
        .sorted(
            Comparator.comparing(InboxTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxTask::created))
        .toList();
  }

  private String candidateGroupOf(Task task) {
    return decisions.candidateGroupOf(task.getId());
  }

  private static String nameOf(Task task, String group) {
    if (ReviewProcess.REVIEW_TASK.equals(task.getTaskDefinitionKey()) && group != null) {
      return Roles.label(group) + " review";
    }
    return task.getName();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
