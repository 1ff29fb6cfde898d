package dev.signoff.inbox;

import dev.signoff.checklist.ItemAnswer;
import dev.signoff.checklist.ReviewChecklist;
import dev.signoff.contract.ContractFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API for review and approval tasks. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "Tasks", description = "Review and approval tasks of the caller and their groups")
class TaskController {

  private final InboxService inbox;

  TaskController(InboxService inbox) {
    this.inbox = inbox;
  }

  @Operation(summary = "Open tasks assigned to the caller or offered to the caller's groups")
  @GetMapping
  List<InboxTask> myTasks() {
    return inbox.myTasks();
  }

  @Operation(summary = "One open task of the caller or their groups")
  @GetMapping("/{taskId}")
  InboxTask get(@PathVariable String taskId) {
    return inbox.get(taskId);
  }

  @Operation(summary = "Claim a task of one of the caller's groups")
  @PostMapping("/{taskId}/claim")
  InboxTask claim(@PathVariable String taskId) {
    return inbox.claim(taskId);
  }

  @Operation(
      summary = "Decide a task",
      description =
          "Reviews: APPROVE (every required checklist item satisfied or not applicable, else 422),"
              + " APPROVE_WITH_CONDITIONS (conditions required; every required item answered),"
              + " REQUEST_CHANGES (comment required; the owner revises the contract), REJECT (comment"
              + " required). Pre-signoff confirmations: APPROVE with all three confirmations, or"
              + " REJECT. Final approval: APPROVE or REJECT. 403 when the task belongs to a group the"
              + " caller is not in; 409 when it was decided already or someone else claimed it."
              + " With an Idempotency-Key header, a retry of a decision that succeeded returns its"
              + " first 200 answer instead of 409.")
  @PostMapping("/{taskId}/decision")
  DecisionResult decide(@PathVariable String taskId, @RequestBody Decision decision) {
    return inbox.decide(taskId, decision);
  }

  @Operation(
      summary = "The checklist of a review task, with the answers so far and what blocks approval")
  @GetMapping("/{taskId}/checklist")
  ReviewChecklist checklist(@PathVariable String taskId) {
    return inbox.checklist(taskId);
  }

  /** Answers to checklist items. */
  record ChecklistAnswers(List<ItemAnswer> answers) {}

  @Operation(
      summary =
          "Answer checklist items: SATISFIED, NOT_SATISFIED or NOT_APPLICABLE, with a note and clause references")
  @PutMapping("/{taskId}/checklist")
  ReviewChecklist answer(@PathVariable String taskId, @RequestBody ChecklistAnswers answers) {
    return inbox.answerChecklist(taskId, answers == null ? null : answers.answers());
  }

  @Operation(summary = "Give a claimed task back to its group (its assignee or a manager)")
  @PostMapping("/{taskId}/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String taskId) {
    inbox.unclaim(taskId);
    return ResponseEntity.noContent().build();
  }

  /** The user a task is handed to. */
  record Assignee(String user) {}

  @Operation(
      summary = "Delegate or reassign a task to another member of its group",
      description = "403 when the new assignee is not a member of the task's group.")
  @PostMapping("/{taskId}/assignee")
  ResponseEntity<Void> assign(@PathVariable String taskId, @RequestBody Assignee assignee) {
    inbox.assign(taskId, assignee == null ? null : assignee.user());
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Answer a request for changes with a revised contract",
      description =
          "Multipart: part 'contract' (the revised file), optional part 'answer' (a note to the"
              + " reviewers). Only the deal owner's revision task takes it.")
  @PostMapping(value = "/{taskId}/revision", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  DecisionResult revise(
      @PathVariable String taskId,
      @RequestPart("contract") MultipartFile contract,
      @RequestPart(value = "answer", required = false) String answer)
      throws IOException {
    return inbox.submitRevision(
        taskId, new ContractFile(contract.getOriginalFilename(), contract.getBytes()), answer);
  }
}
