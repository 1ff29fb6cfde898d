package dev.signoff.bench;

import java.util.List;

/**
 * A system the review workflow load runs against: Signoff through its REST API, or the bare engine.
 * Each call records its own latency and status in the run's {@link WorkflowRecorder}.
 */
interface WorkflowTarget extends AutoCloseable {

  /** What a task asks for. */
  enum Kind {
    REVIEW,
    PRE_SIGNOFF,
    FINAL_APPROVAL,
    OTHER
  }

  /** One open task as the inbox shows it. */
  record OpenTask(String id, String dealId, Kind kind, String group, String assignee) {}

  /** Where the following calls record their latencies and statuses. */
  void recordInto(WorkflowRecorder recorder);

  /** The name of the system in the report. */
  String name();

  /** Submits a deal for the owner; returns its id, or null when the submission failed. */
  String submit(WorkflowUsers.User owner, int sequence);

  /** The user's open tasks and their group's, most urgent first; null when the request failed. */
  List<OpenTask> inbox(WorkflowUsers.User user);

  /** Claims the task; false when someone else has it (a correct conflict) or the call failed. */
  boolean claim(WorkflowUsers.User user, OpenTask task);

  /**
   * The whole review of a claimed review task: the checklist, a comment when asked, the approval.
   */
  boolean review(WorkflowUsers.User user, OpenTask task, boolean comment);

  /** Confirms a claimed pre-signoff task. */
  boolean confirmPreSignoff(WorkflowUsers.User user, OpenTask task);

  /** Gives the final approval of a claimed task; true when the deal is signed. */
  boolean approveFinally(WorkflowUsers.User user, OpenTask task);

  /** A precedent search, where the system has one. */
  void searchPrecedents(WorkflowUsers.User user, String query);

  @Override
  default void close() throws Exception {}
}
