package dev.signoff.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.signoff.problem.SignoffProblem;
import org.springframework.security.access.AccessDeniedException;

/** Shows service failures to the user in words, never as a stack trace. */
final class Problems {

  private Problems() {}

  static void show(RuntimeException failure) {
    String message;
    if (failure instanceof SignoffProblem problem) {
      message = problem.title() + ": " + problem.detail();
    } else if (failure instanceof AccessDeniedException) {
      message = "Your roles do not allow this action.";
    } else if (failure instanceof IllegalArgumentException) {
      message = failure.getMessage();
    } else {
      throw failure;
    }
    Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    notification.setId("error-notification");
  }

  static void success(String message) {
    Notification notification =
        Notification.show(message, 4000, Notification.Position.BOTTOM_START);
    notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }
}
