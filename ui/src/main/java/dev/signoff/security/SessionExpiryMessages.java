package dev.signoff.security;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;

/**
 * What the UI says when the session ended after the configured idle time: a notice that names the
 * time; on the next click the current page reloads, which goes through the login and back to that
 * same page.
 */
final class SessionExpiryMessages implements VaadinServiceInitListener {

  private final Duration idleTimeout;

  SessionExpiryMessages(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  @Override
  public void serviceInit(ServiceInitEvent event) {
    CustomizedSystemMessages messages = new CustomizedSystemMessages();
    messages.setSessionExpiredCaption("Signed out");
    messages.setSessionExpiredMessage(
        "You were signed out after "
            + describe(idleTimeout)
            + " without activity. Click here or press Esc to sign in again and return to this"
            + " page.");
    messages.setSessionExpiredNotificationEnabled(true);
    // No URL: the current page reloads, the login saves it and returns there afterwards.
    messages.setSessionExpiredURL(null);
    event.getSource().setSystemMessagesProvider(info -> messages);
  }

  static String describe(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes >= 1 && duration.toSecondsPart() == 0) {
      return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
    long seconds = duration.toSeconds();
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }
}
