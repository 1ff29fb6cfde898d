package dev.signoff.deal;

import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records in a deal's audit trail the tasks its review process creates and cancels, in the
 * process's own transaction. Called by the process glue only.
 */
@Service
public class ReviewTasks {

  private final DealRecords records;

  ReviewTasks(DealRecords records) {
    this.records = records;
  }

  /**
   * The process created a task.
   *
   * @param candidateGroup the group the task is offered to; null for a personal task
   * @param assignee who the task is assigned to from the start; null when nobody is
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void created(
      UUID dealId,
      String taskId,
      String taskName,
      String definitionKey,
      String candidateGroup,
      String assignee) {
    Deal deal = records.load(dealId);
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "task.created",
        taskId,
        DealRecords.details(
            "task",
            taskName,
            "definitionKey",
            definitionKey,
            "candidateGroup",
            candidateGroup,
            "assignee",
            assignee,
            "round",
            ReviewRounds.round(deal)));
  }

  /** The process cancelled an open task, e.g. because the deal was rejected meanwhile. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void cancelled(UUID dealId, String taskId, String taskName, String reason) {
    Deal deal = records.load(dealId);
    records.audit(
        deal,
        DealChanged.SYSTEM,
        "task.cancelled",
        taskId,
        DealRecords.details("task", taskName, "reason", reason, "round", ReviewRounds.round(deal)));
  }
}
