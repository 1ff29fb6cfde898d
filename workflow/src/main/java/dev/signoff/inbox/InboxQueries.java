package dev.signoff.inbox;

import dev.signoff.deal.DealHeadline;
import dev.signoff.deal.DealService;
import dev.signoff.identity.Caller;
import dev.signoff.identity.Roles;
import dev.signoff.review.OpenTask;
import dev.signoff.review.OpenTaskTable;
import dev.signoff.review.ReviewProcess;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the open tasks of a caller and describes them with their deal, most urgent first. */
@Component
class InboxQueries {

  private final OpenTaskTable openTasks;
  private final DealService deals;
  private final Clock clock;

  InboxQueries(OpenTaskTable openTasks, DealService deals, Clock clock) {
    this.openTasks = openTasks;
    this.deals = deals;
    this.clock = clock;
  }

  /** The caller's open tasks and their groups' open tasks (claimed or not), most urgent first. */
  List<InboxTask> tasksOf(Caller caller) {
    return describe(openTasks.assignedToOrOfferedTo(caller.username(), caller.groups()));
  }

  /**
   * One open task the caller may act on.
   *
   * @throws TaskProblem 404 when it does not exist or belongs to neither the caller nor their
   *     groups
   */
  InboxTask taskOf(Caller caller, String taskId) {
    OpenTask task = openTasks.byId(taskId).orElseThrow(() -> TaskProblem.taskNotFound(taskId));
    if (!caller.username().equals(task.assignee())
        && (task.group() == null || !caller.isMemberOf(task.group()))) {
      throw TaskProblem.taskNotFound(taskId);
    }
    return describe(List.of(task)).stream()
        .findFirst()
        .orElseThrow(() -> TaskProblem.taskNotFound(taskId));
  }

  private List<InboxTask> describe(Collection<OpenTask> found) {
    Set<UUID> dealIds = found.stream().map(OpenTask::dealId).collect(Collectors.toSet());
    Map<UUID, DealHeadline> visibleDeals =
        deals.headlinesOfVisible(dealIds).stream()
            .collect(Collectors.toMap(DealHeadline::id, Function.identity()));
    Instant now = clock.instant();
    return found.stream()
        .map(
            task -> {
              DealHeadline deal = visibleDeals.get(task.dealId());
              if (deal == null) {
                return null;
              }
              String group = task.group();
              return new InboxTask(
                  task.id(),
                  deal.id(),
                  deal.title(),
                  deal.vendor(),
                  nameOf(task, group),
                  TaskKind.ofElement(task.element()),
                  group,
                  task.assignee(),
                  task.created(),
                  task.due(),
                  task.due() != null && task.due().isBefore(now),
                  ReviewProcess.REVIEW_TASK.equals(task.element())
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

  private static String nameOf(OpenTask task, String group) {
    if (ReviewProcess.REVIEW_TASK.equals(task.element()) && group != null) {
      return Roles.label(group) + " review";
    }
    if (ReviewProcess.PRE_SIGNOFF_TASK.equals(task.element()) && group != null) {
      return Roles.label(group) + " pre-signoff confirmation";
    }
    return task.name();
  }
}
