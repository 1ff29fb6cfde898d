package dev.signoff.inbox;

import dev.signoff.identity.Caller;
import dev.signoff.inbox.OpenTasks.TaskOnDeal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes what people do with tasks to the deal's audit trail, in the transaction that does it. */
@Component
class TaskAudit {

  private final ApplicationEventPublisher events;

  TaskAudit(ApplicationEventPublisher events) {
    this.events = events;
  }

  void claimed(Caller caller, TaskOnDeal task, String group) {
    publish(caller, "task.claimed", task, describe(task, group));
  }

  void unclaimed(Caller caller, TaskOnDeal task, String group) {
    Map<String, String> details = describe(task, group);
    details.put("previousAssignee", task.task().getAssignee());
    publish(caller, "task.unclaimed", task, details);
  }

  /** Delegated by its assignee, or reassigned by someone else (a manager, a group member). */
  void handedOver(Caller caller, TaskOnDeal task, String group, String newAssignee) {
    String previous = task.task().getAssignee();
    Map<String, String> details = describe(task, group);
    details.put("from", previous);
    details.put("to", newAssignee);
    publish(
        caller,
        caller.username().equals(previous) ? "task.delegated" : "task.reassigned",
        task,
        details);
  }

  void completed(Caller caller, TaskOnDeal task, String group, Decision decision) {
    Map<String, String> details = describe(task, group);
    details.put("outcome", decision.outcome().name());
    details.put("comment", decision.comment());
    if (!decision.conditions().isEmpty()) {
      details.put("conditions", String.join("; ", decision.conditions()));
    }
    Confirmations confirmations = decision.confirmations();
    if (confirmations != null) {
      details.put(
          "confirmations",
          "contractMatchesDeployment="
              + confirmations.contractMatchesDeployment()
              + ", riskAcceptable="
              + confirmations.riskAcceptable()
              + ", monitoringInPlace="
              + confirmations.monitoringInPlace());
    }
    publish(caller, "task.completed", task, details);
  }

  void revised(Caller caller, TaskOnDeal task, int contractVersion) {
    Map<String, String> details = describe(task, null);
    details.put("contractVersion", Integer.toString(contractVersion));
    publish(caller, "task.completed", task, details);
  }

  private static Map<String, String> describe(TaskOnDeal task, String group) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("task", task.task().getName());
    details.put("kind", TaskKind.ofElement(task.task().getTaskDefinitionKey()).name());
    details.put("group", group);
    return details;
  }

  private void publish(Caller caller, String action, TaskOnDeal task, Map<String, String> details) {
    details.values().removeIf(value -> value == null);
    events.publishEvent(
        new TaskChanged(task.dealId(), caller.username(), action, task.task().getId(), details));
  }
}
