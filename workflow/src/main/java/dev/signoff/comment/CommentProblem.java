package dev.signoff.comment;

import dev.signoff.problem.SignoffProblem;
import java.util.UUID;
import org.springframework.http.HttpStatus;

/** Why an action on a thread, comment, mention or notification was refused. */
public class CommentProblem extends SignoffProblem {

  CommentProblem(HttpStatus status, String title, String detail) {
    super(status, title, detail);
  }

  static CommentProblem invalid(String detail) {
    return new CommentProblem(HttpStatus.BAD_REQUEST, "Invalid comment", detail);
  }

  static CommentProblem threadNotFound(UUID threadId) {
    return new CommentProblem(
        HttpStatus.NOT_FOUND,
        "Thread not found",
        "There is no thread " + threadId + " on this deal.");
  }

  static CommentProblem commentNotFound(UUID commentId) {
    return new CommentProblem(
        HttpStatus.NOT_FOUND,
        "Comment not found",
        "There is no comment " + commentId + " in this thread.");
  }

  static CommentProblem notificationNotFound(UUID notificationId) {
    return new CommentProblem(
        HttpStatus.NOT_FOUND,
        "Notification not found",
        "You have no notification " + notificationId + ".");
  }

  static CommentProblem notYours(String action, String author) {
    return new CommentProblem(
        HttpStatus.FORBIDDEN,
        "Not your comment",
        "Only " + author + ", who wrote this comment, may " + action + " it.");
  }

  static CommentProblem notStarter(String starter) {
    return new CommentProblem(
        HttpStatus.FORBIDDEN,
        "Not your thread",
        "Only "
            + starter
            + ", who started this thread, may decide whether it must be resolved before signing.");
  }

  static CommentProblem changedMeanwhile(String what) {
    return new CommentProblem(
        HttpStatus.CONFLICT,
        "Changed meanwhile",
        "The " + what + " was changed by someone else meanwhile; reload it and try again.");
  }

  static CommentProblem conflict(String detail) {
    return new CommentProblem(HttpStatus.CONFLICT, "Conflict", detail);
  }

  static CommentProblem unknownMention(String name) {
    return new CommentProblem(
        HttpStatus.BAD_REQUEST,
        "Unknown mention",
        "@" + name + " is neither a known user nor a group. Pick a name from the suggestions.");
  }

  static CommentProblem mentionWithoutAccess(String name, boolean group) {
    return new CommentProblem(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "Mention without access",
        "@"
            + name
            + (group ? " (a group)" : "")
            + " cannot see this deal, and mentioning does not grant access."
            + " Ask the deal's owner or a manager to involve them, or remove the mention.");
  }
}
