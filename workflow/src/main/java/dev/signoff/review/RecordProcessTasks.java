package dev.signoff.review;

import dev.signoff.deal.ReviewTasks;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the deal's audit trail about every task the review process creates or cancels. The engine
 * publishes its task events to Spring ({@code camunda.bpm.eventing.task}) synchronously, inside the
 * transaction that creates or cancels the task; they are registered as built-in listeners ({@code
 * camunda.bpm.eventing.skippable: false}), so skipping custom listeners does not skip them.
 */
@Component
class RecordProcessTasks {

  private final ReviewTasks tasks;

  RecordProcessTasks(ReviewTasks tasks) {
    this.tasks = tasks;
  }

  @EventListener
  void on(DelegateTask task) {
    // Claims, hand-overs and completions are recorded by the inbox, which knows who acted; the
    // deal is read only for the events recorded here.
    boolean created = TaskListener.EVENTNAME_CREATE.equals(task.getEventName());
    if (!created && !TaskListener.EVENTNAME_DELETE.equals(task.getEventName())
        || !(task.getVariable(ReviewProcess.DEAL_ID) instanceof String dealId)) {
      return;
    }
    if (created) {
      tasks.created(
          UUID.fromString(dealId),
          task.getId(),
          task.getName(),
          task.getTaskDefinitionKey(),
          candidateGroupOf(task),
          task.getAssignee());
    } else {
      tasks.cancelled(
          UUID.fromString(dealId), task.getId(), task.getName(), task.getDeleteReason());
    }
  }

  private static String candidateGroupOf(DelegateTask task) {
    return task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .findFirst()
        .orElse(null);
  }
}
