package dev.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The components on screen that show deals' threads or a user's notifications, and their refresh
 * through server push. A component refreshes as the user who is looking at it: the viewer's
 * security context is taken when it attaches and set around each refresh. Refreshes run on a small
 * pool of their own, so the request that caused a change never waits for other users' screens.
 */
@org.springframework.stereotype.Component
class LiveViews implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(LiveViews.class);

  private final Set<LiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final Executor pool;
  private final ExecutorService ownPool;

  @Autowired
  LiveViews() {
    this(Executors.newFixedThreadPool(2, daemonThreads()));
  }

  LiveViews(Executor pool) {
    this.pool = pool;
    this.ownPool = pool instanceof ExecutorService service ? service : null;
  }

  /**
   * Keeps a component up to date: while it is attached, {@code refresh} runs in its UI, as the user
   * who attached it, after each change to a deal that {@code deals} accepts and, when {@code
   * ownNotifications} is set, after that user was notified. Detaching ends it.
   */
  void keepFresh(
      Component component, Predicate<UUID> deals, boolean ownNotifications, Runnable refresh) {
    AtomicReference<Registration> current = new AtomicReference<>();
    Runnable start =
        () ->
            component
                .getUI()
                .ifPresent(
                    ui -> {
                      SecurityContext viewer = viewerContext();
                      String recipient =
                          ownNotifications && viewer.getAuthentication() != null
                              ? viewer.getAuthentication().getName()
                              : null;
                      replace(current, subscribe(deals, recipient, viewer, ui::access, refresh));
                    });
    component.addAttachListener(attached -> start.run());
    component.addDetachListener(detached -> replace(current, null));
    if (component.isAttached()) {
      start.run();
    }
  }

  /** Registers a component's interest; removing the registration ends it. */
  Registration subscribe(
      Predicate<UUID> deals,
      String recipient,
      SecurityContext viewer,
      LiveSubscription.UiAccess ui,
      Runnable refresh) {
    LiveSubscription subscription = new LiveSubscription(deals, recipient, viewer, ui, refresh);
    subscriptions.add(subscription);
    return () -> subscriptions.remove(subscription);
  }

  int subscriptionCount() {
    return subscriptions.size();
  }

  /** Tells every component showing the deal to refresh. */
  void dealChanged(UUID dealId) {
    subscriptions.stream().filter(s -> s.shows(dealId)).forEach(this::schedule);
  }

  /** Tells the notification bells of these users to refresh. */
  void notified(Set<String> recipients) {
    subscriptions.stream()
        .filter(s -> s.showsNotificationsOfAny(recipients))
        .forEach(this::schedule);
  }

  @Override
  public void destroy() {
    if (ownPool != null) {
      ownPool.shutdownNow();
    }
  }

  private void schedule(LiveSubscription subscription) {
    if (!subscription.markPending()) {
      return;
    }
    try {
      pool.execute(() -> deliver(subscription));
    } catch (RuntimeException rejected) {
      subscription.clearPending();
      log.warn("Could not schedule a live refresh: {}", rejected.toString());
    }
  }

  private void deliver(LiveSubscription subscription) {
    try {
      subscription.deliver();
    } catch (UIDetachedException gone) {
      subscriptions.remove(subscription);
    } catch (RuntimeException failure) {
      subscription.clearPending();
      log.warn("A live refresh failed", failure);
    }
  }

  private static void replace(AtomicReference<Registration> current, Registration next) {
    Registration old = current.getAndSet(next);
    if (old != null) {
      old.remove();
    }
  }

  /** A copy of the security context of the current request: the user looking at the view. */
  private static SecurityContext viewerContext() {
    SecurityContext viewer = SecurityContextHolder.createEmptyContext();
    viewer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    return viewer;
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return work -> {
      Thread thread = new Thread(work, "live-refresh-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
