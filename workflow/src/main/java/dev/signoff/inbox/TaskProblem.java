package dev.signoff.inbox;

import dev.signoff.problem.SignoffProblem;
import org.springframework.http.HttpStatus;

/** Why a task action was refused. */
public class TaskProblem extends SignoffProblem {

  TaskProblem(HttpStatus status, String title, String detail) {
    super(status, title, detail);
  }

  static TaskProblem taskNotFound(String taskId) {
    return new TaskProblem(
        HttpStatus.NOT_FOUND, "Task not found", "There is no task " + taskId + ".");
  }

  static TaskProblem notYours(String taskId) {
    return new TaskProblem(
        HttpStatus.FORBIDDEN,
        "Not your task",
        "Task " + taskId + " belongs to a group you are not a member of.");
  }

  static TaskProblem ownDeal(String taskId, TaskKind kind) {
    String what =
        kind == TaskKind.FINAL_APPROVAL ? "gives the final approval of" : "approves a review of";
    return new TaskProblem(
        HttpStatus.FORBIDDEN,
        "Four eyes",
        "Task " + taskId + " is on your own deal: someone other than its owner " + what + " it.");
  }

  static TaskProblem alreadyCompleted(String taskId) {
    return new TaskProblem(
        HttpStatus.CONFLICT,
        "Task already completed",
        "Task " + taskId + " has already been decided.");
  }

  static TaskProblem claimedBySomeoneElse(String taskId, String assignee) {
    return new TaskProblem(
        HttpStatus.CONFLICT,
        "Task claimed by someone else",
        "Task " + taskId + " is claimed by " + assignee + ".");
  }

  static TaskProblem busy(String taskId) {
    return new TaskProblem(
        HttpStatus.CONFLICT,
        "Concurrent change",
        "Task " + taskId + " changed at the same moment several times; try again.");
  }

  static TaskProblem commentRequired(Outcome outcome) {
    String why =
        outcome == Outcome.REJECT
            ? "Give the reason in a comment when you reject."
            : "Say in a comment what must change when you request changes.";
    return new TaskProblem(HttpStatus.BAD_REQUEST, "Comment required", why);
  }

  static TaskProblem outsideGroup(String taskId, String user, String group) {
    return new TaskProblem(
        HttpStatus.FORBIDDEN,
        "Outside the task's group",
        "Task " + taskId + " belongs to group " + group + "; " + user + " is not a member of it.");
  }

  static TaskProblem invalid(String detail) {
    return new TaskProblem(HttpStatus.BAD_REQUEST, "Invalid decision", detail);
  }
}
