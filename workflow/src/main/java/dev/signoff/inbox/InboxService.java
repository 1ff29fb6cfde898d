package dev.signoff.inbox;

import dev.signoff.checklist.ChecklistReviews;
import dev.signoff.checklist.ItemAnswer;
import dev.signoff.checklist.ReviewChecklist;
import dev.signoff.contract.ContractFile;
import dev.signoff.contract.ContractTextExtractor;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import dev.signoff.identity.KnownUsers;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Each person's open tasks: those assigned to them and those of their groups. */
@Service
public class InboxService {

  private final InboxQueries queries;
  private final OpenTasks openTasks;
  private final TaskDecisions decisions;
  private final TaskAssignments assignments;
  private final ContractTextExtractor extractor;
  private final ChecklistReviews checklists;
  private final TransactionTemplate transaction;
  private final KnownUsers knownUsers;
  private final DealQueue queue;

  InboxService(
      InboxQueries queries,
      OpenTasks openTasks,
      TaskDecisions decisions,
      TaskAssignments assignments,
      ContractTextExtractor extractor,
      ChecklistReviews checklists,
      TransactionTemplate transaction,
      KnownUsers knownUsers,
      DealQueue queue) {
    this.queries = queries;
    this.openTasks = openTasks;
    this.decisions = decisions;
    this.assignments = assignments;
    this.extractor = extractor;
    this.checklists = checklists;
    this.transaction = transaction;
    this.knownUsers = knownUsers;
    this.queue = queue;
  }

  /** The caller's open tasks and their groups' open tasks (claimed or not), most urgent first. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<InboxTask> myTasks() {
    return queries.tasksOf(CurrentCaller.get());
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
    return queries.taskOf(CurrentCaller.get(), taskId);
  }

  /**
   * Decides a task as the caller: approve or reject, with a comment. Claims it first when nobody
   * has.
   *
   * @throws TaskProblem 403 when the task is not the caller's or their group's, 409 when it was
   *     decided already or someone else claimed it, 404 when it never existed
   * @throws dev.signoff.comment.SigningBlockedByThreads 409 when a final approval would sign the
   *     deal while threads that must be resolved before signing are open
   */
  @PreAuthorize("isAuthenticated()")
  public DecisionResult decide(String taskId, Decision decision) {
    if (decision == null || decision.outcome() == null) {
      throw TaskProblem.invalid(
          "Give the outcome: APPROVE, APPROVE_WITH_CONDITIONS, REQUEST_CHANGES or REJECT.");
    }
    if (decision.comment() != null && decision.comment().length() > 4000) {
      throw TaskProblem.invalid("The comment is longer than 4000 characters.");
    }
    if (decision.conditions().size() > 20
        || decision.conditions().stream().anyMatch(condition -> condition.length() > 1000)) {
      throw TaskProblem.invalid("At most 20 conditions of at most 1000 characters each.");
    }
    return decisions.decide(CurrentCaller.get(), taskId, decision);
  }

  /**
   * The deal owner answers a request for changes with a revised contract (and a note to the
   * reviewers); the next review round starts.
   *
   * @throws dev.signoff.contract.ContractRejected when the file is empty, too large, unsupported or
   *     unreadable (nothing is stored)
   */
  @PreAuthorize("isAuthenticated()")
  public DecisionResult submitRevision(String taskId, ContractFile revision, String answer) {
    Caller caller = CurrentCaller.get();
    String note = answer == null || answer.isBlank() ? null : answer.strip();
    if (note != null && note.length() > 4000) {
      throw TaskProblem.invalid("The answer is longer than 4000 characters.");
    }
    return decisions.submitRevision(caller, taskId, extractor.extract(revision), note);
  }

  /**
   * The checklist of a review task: the items its group answers for the deal, the answers so far,
   * and what still blocks an approval.
   *
   * @throws TaskProblem 404 when the task is not the caller's or their group's; 400 when it is not
   *     a review
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public ReviewChecklist checklist(String taskId) {
    InboxTask task = get(taskId);
    requireReview(task);
    return checklists.of(task.dealId(), task.candidateGroup());
  }

  /**
   * Answers items of a review task's checklist (each answer replaces the earlier one).
   *
   * @throws TaskProblem 403 / 409 as for a decision; IllegalArgumentException for unknown items
   */
  @PreAuthorize("isAuthenticated()")
  public ReviewChecklist answerChecklist(String taskId, List<ItemAnswer> answers) {
    Caller caller = CurrentCaller.get();
    if (answers == null || answers.isEmpty()) {
      throw TaskProblem.invalid("Send at least one answer.");
    }
    if (answers.stream().anyMatch(java.util.Objects::isNull)) {
      throw TaskProblem.invalid("An answer is missing: send an object for each item.");
    }
    if (answers.stream()
        .anyMatch(
            answer ->
                answer.note().length() > 2000
                    || answer.clauseRefs().size() > 20
                    || answer.clauseRefs().stream().anyMatch(ref -> ref.length() > 20))) {
      throw TaskProblem.invalid(
          "Notes are limited to 2000 characters, and to 20 clause references of at most 20 characters.");
    }
    return queue.inTurn(
        openTasks.dealOf(taskId),
        () ->
            LockContention.retrying(
                transaction,
                taskId,
                () -> {
                  OpenTasks.TaskOnDeal task = openTasks.openForChange(taskId);
                  String group = openTasks.candidateGroupOf(taskId);
                  openTasks.requireMayAct(caller, task, group, "answer the checklist");
                  if (TaskKind.ofElement(task.task().getTaskDefinitionKey()) != TaskKind.REVIEW) {
                    throw TaskProblem.invalid("Only review tasks have a checklist.");
                  }
                  return checklists.answer(task.dealId(), group, answers, caller.username());
                }));
  }

  private static void requireReview(InboxTask task) {
    if (task.kind() != TaskKind.REVIEW) {
      throw TaskProblem.invalid("Only review tasks have a checklist.");
    }
  }

  /** Claims a task of one of the caller's groups. */
  @PreAuthorize("isAuthenticated()")
  public InboxTask claim(String taskId) {
    assignments.claim(CurrentCaller.get(), taskId);
    return get(taskId);
  }

  /** Gives a claimed task back to its group (its assignee, or a manager). */
  @PreAuthorize("isAuthenticated()")
  public void unclaim(String taskId) {
    assignments.unclaim(CurrentCaller.get(), taskId);
  }

  /** Who the caller could hand the task to: the other known members of the task's group. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<String> handOverCandidates(String taskId) {
    InboxTask task = get(taskId);
    if (task.candidateGroup() == null) {
      return List.of();
    }
    String me = CurrentCaller.get().username();
    return knownUsers.membersOf(task.candidateGroup()).stream()
        .filter(user -> !user.equals(me) && !user.equals(task.assignee()))
        .toList();
  }

  /**
   * Hands a task to another member of its group (delegate, or reassign as a manager).
   *
   * @throws TaskProblem 403 when the new assignee is not a member of the task's group
   */
  @PreAuthorize("isAuthenticated()")
  public void assign(String taskId, String newAssignee) {
    if (newAssignee == null || newAssignee.isBlank()) {
      throw TaskProblem.invalid("Name the user to hand the task to.");
    }
    assignments.assign(CurrentCaller.get(), taskId, newAssignee.strip());
  }
}
