package dev.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import dev.signoff.problem.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * When an action in the UI fails because the database cannot be reached, the user reads that it was
 * not saved and may be tried again in a moment, instead of an error with a stack trace. Every other
 * error goes to Vaadin's default handler.
 */
@Component
class DatabaseOutageNotice implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageNotice.class);
  private static final DefaultErrorHandler DEFAULT = new DefaultErrorHandler();

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init -> init.getSession().setErrorHandler(DatabaseOutageNotice::handle));
  }

  private static void handle(ErrorEvent error) {
    if (DatabaseUnavailable.causedBy(error.getThrowable()) && UI.getCurrent() != null) {
      log.warn("Database unavailable in the UI: {}", error.getThrowable().toString());
      Notification notice =
          Notification.show(
              "The database cannot be reached at the moment, so this was not saved. Try again in a"
                  + " few seconds.",
              8000,
              Notification.Position.MIDDLE);
      notice.addThemeVariants(NotificationVariant.LUMO_ERROR);
      return;
    }
    DEFAULT.error(error);
  }
}
