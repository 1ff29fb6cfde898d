package dev.signoff.comment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API for the caller's in-app notifications. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Mentions, replies and resolutions in your threads")
class NotificationController {

  private final Notifications notifications;

  NotificationController(Notifications notifications) {
    this.notifications = notifications;
  }

  @Operation(
      summary = "Your notifications",
      description =
          "unreadOnly=true for unread ones only; order=unread-first (default) or newest-first;"
              + " limit 1..200 (default 50). Notifications of deals you can no longer see are"
              + " left out.")
  @GetMapping
  List<NotificationView> list(
      @RequestParam(defaultValue = "false") boolean unreadOnly,
      @RequestParam(defaultValue = "unread-first") String order,
      @RequestParam(defaultValue = "50") int limit) {
    return notifications.list(unreadOnly, order(order), limit);
  }

  @Operation(summary = "How many of your notifications are unread")
  @GetMapping("/unread-count")
  Map<String, Long> unreadCount() {
    return Map.of("unread", notifications.unreadCount());
  }

  @Operation(summary = "Mark one of your notifications read")
  @PostMapping("/{notificationId}/read")
  NotificationView markRead(@PathVariable UUID notificationId) {
    return notifications.markRead(notificationId);
  }

  @Operation(summary = "Mark all your notifications read")
  @PostMapping("/read-all")
  Map<String, Integer> markAllRead() {
    return Map.of("marked", notifications.markAllRead());
  }

  private static NotificationOrder order(String order) {
    return switch (order.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "unread-first" -> NotificationOrder.UNREAD_FIRST;
      case "newest-first" -> NotificationOrder.NEWEST_FIRST;
      default ->
          throw CommentProblem.invalid(
              "Unknown order '" + order + "': use unread-first or newest-first.");
    };
  }
}
