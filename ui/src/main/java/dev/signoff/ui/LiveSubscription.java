package dev.signoff.ui;

import com.vaadin.flow.server.Command;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;

/**
 * One component on screen that is kept fresh: which deals and whose notifications it shows, who is
 * looking at it, and how to reach its UI.
 */
final class LiveSubscription {

  /** Runs a command in the session of a UI, as {@code ui::access} does. */
  @FunctionalInterface
  interface UiAccess {
    void access(Command command);
  }

  private final Predicate<UUID> deals;
  private final String recipient;
  private final SecurityContext viewer;
  private final UiAccess ui;
  private final Runnable refresh;
  private final AtomicBoolean pending = new AtomicBoolean();

  /**
   * @param recipient the user whose notifications it shows, or null
   * @param viewer the security context every refresh runs with
   */
  LiveSubscription(
      Predicate<UUID> deals,
      String recipient,
      SecurityContext viewer,
      UiAccess ui,
      Runnable refresh) {
    this.deals = deals;
    this.recipient = recipient;
    this.viewer = viewer;
    this.ui = ui;
    this.refresh = refresh;
  }

  boolean shows(UUID dealId) {
    return deals.test(dealId);
  }

  boolean showsNotificationsOfAny(Set<String> recipients) {
    return recipient != null && recipients.contains(recipient);
  }

  /**
   * Marks a refresh as waiting; false when one is waiting already, which will show this change too
   * as it reads the state when it runs.
   */
  boolean markPending() {
    return pending.compareAndSet(false, true);
  }

  void clearPending() {
    pending.set(false);
  }

  /**
   * Refreshes the component in its UI, as the viewer: the identity of the thread that happens to
   * run the command (such as the user who caused the change) is set aside and restored afterwards.
   *
   * @throws com.vaadin.flow.component.UIDetachedException when the UI is gone
   */
  void deliver() {
    ui.access(
        () -> {
          pending.set(false);
          new DelegatingSecurityContextRunnable(refresh, viewer).run();
        });
  }
}
