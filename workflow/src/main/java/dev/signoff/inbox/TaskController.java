package dev.signoff.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
      summary = "Decide a task: APPROVE or REJECT, with a comment (required when rejecting)",
      description =
          "403 when the task belongs to a group the caller is not in; 409 when it was decided"
              + " already or someone else claimed it.")
  @PostMapping("/{taskId}/decision")
  DecisionResult decide(@PathVariable String taskId, @RequestBody Decision decision) {
    return inbox.decide(taskId, decision);
  }
}
