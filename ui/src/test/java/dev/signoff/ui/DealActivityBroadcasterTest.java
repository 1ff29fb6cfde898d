package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import dev.signoff.comment.CommentPosted;
import dev.signoff.comment.NotificationsSent;
import dev.signoff.comment.ThreadResolved;
import dev.signoff.identity.Caller;
import dev.signoff.identity.CurrentCaller;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class DealActivityBroadcasterTest {

  private static final UUID DEAL = UUID.randomUUID();
  private static final UUID OTHER_DEAL = UUID.randomUUID();
  private static final UUID THREAD = UUID.randomUUID();

  /** Work handed to the refresh pool, run only when the test says so. */
  private final Queue<Runnable> pool = new ArrayDeque<>();

  private final LiveViews views = new LiveViews(pool::add);
  private final DealActivityBroadcaster broadcaster = new DealActivityBroadcaster(views);

  /** Who each refresh ran as, in the order they ran. */
  private final List<String> refreshedAs = new ArrayList<>();

  @AfterEach
  void clearThreadState() {
    SecurityContextHolder.clearContext();
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.clearSynchronization();
    }
  }

  @Test
  void refreshRunsAsTheViewerEvenOnTheThreadOfTheUserWhoPosted() {
    viewing(DEAL, "legal");
    viewing(DEAL, "security");
    signIn("security");

    broadcaster.on(posted(DEAL, "security"));
    runPool();

    assertThat(refreshedAs).containsExactlyInAnyOrder("legal:" + DEAL, "security:" + DEAL);
    assertThat(CurrentCaller.get().username())
        .as("the posting thread keeps its own identity")
        .isEqualTo("security");
  }

  @Test
  void postingDoesNotWaitForTheRefreshes() {
    viewing(DEAL, "legal");
    signIn("security");

    broadcaster.on(posted(DEAL, "security"));

    assertThat(refreshedAs).isEmpty();
    assertThat(pool).hasSize(1);
  }

  @Test
  void onlyViewsOfTheChangedDealRefresh() {
    viewing(DEAL, "legal");
    viewing(OTHER_DEAL, "engineering");

    broadcaster.on(new ThreadResolved(DEAL, THREAD, "security"));
    runPool();

    assertThat(refreshedAs).containsExactly("legal:" + DEAL);
  }

  @Test
  void notificationsRefreshTheBellsOfTheirRecipientsOnly() {
    bellOf("legal");
    bellOf("product");

    broadcaster.on(new NotificationsSent(DEAL, THREAD, Set.of("legal")));
    runPool();

    assertThat(refreshedAs).containsExactly("legal:bell");
  }

  @Test
  void changesRefreshOnlyOnceCommitted() {
    viewing(DEAL, "legal");
    TransactionSynchronizationManager.initSynchronization();

    broadcaster.on(posted(DEAL, "security"));
    runPool();
    assertThat(refreshedAs).isEmpty();

    TransactionSynchronizationManager.getSynchronizations()
        .forEach(TransactionSynchronization::afterCommit);
    runPool();
    assertThat(refreshedAs).containsExactly("legal:" + DEAL);
  }

  @Test
  void changesRolledBackRefreshNothing() {
    viewing(DEAL, "legal");
    TransactionSynchronizationManager.initSynchronization();

    broadcaster.on(posted(DEAL, "security"));
    TransactionSynchronizationManager.getSynchronizations()
        .forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
    runPool();

    assertThat(refreshedAs).isEmpty();
  }

  @Test
  void changesWaitingForOneRefreshAreShownByIt() {
    viewing(DEAL, "legal");

    broadcaster.on(posted(DEAL, "security"));
    broadcaster.on(new ThreadResolved(DEAL, THREAD, "security"));
    runPool();
    broadcaster.on(posted(DEAL, "security"));
    runPool();

    assertThat(refreshedAs).containsExactly("legal:" + DEAL, "legal:" + DEAL);
  }

  @Test
  void removedAndDetachedViewsAreForgotten() {
    var removed =
        views.subscribe(
            DEAL::equals,
            null,
            contextOf("legal"),
            Command::execute,
            () -> refreshedAs.add("legal"));
    views.subscribe(
        DEAL::equals,
        null,
        contextOf("security"),
        command -> {
          throw new UIDetachedException();
        },
        () -> refreshedAs.add("security"));
    removed.remove();

    broadcaster.on(posted(DEAL, "product"));
    runPool();

    assertThat(refreshedAs).isEmpty();
    assertThat(views.subscriptionCount()).isZero();
  }

  @Test
  void componentIsKeptFreshWhileAttachedAsTheUserWhoOpenedIt() {
    UI ui = new UI();
    VaadinSession session = mock(VaadinSession.class);
    when(session.hasLock()).thenReturn(true);
    when(session.access(any()))
        .thenAnswer(
            access -> {
              access.getArgument(0, Command.class).execute();
              return null;
            });
    ui.getInternals().setSession(session);
    Div view = new Div();
    signIn("legal");
    views.keepFresh(
        view, DEAL::equals, false, () -> refreshedAs.add(CurrentCaller.get().username()));

    ui.add(view);
    assertThat(views.subscriptionCount()).isEqualTo(1);
    signIn("security");
    views.dealChanged(DEAL);
    runPool();
    ui.remove(view);

    assertThat(refreshedAs).containsExactly("legal");
    assertThat(views.subscriptionCount()).isZero();
  }

  private void viewing(UUID dealId, String username) {
    views.subscribe(
        dealId::equals,
        null,
        contextOf(username),
        Command::execute,
        () -> refreshedAs.add(CurrentCaller.get().username() + ":" + dealId));
  }

  private void bellOf(String username) {
    views.subscribe(
        anyDeal -> false,
        username,
        contextOf(username),
        Command::execute,
        () -> refreshedAs.add(CurrentCaller.get().username() + ":bell"));
  }

  private void runPool() {
    while (!pool.isEmpty()) {
      pool.remove().run();
    }
  }

  private static CommentPosted posted(UUID dealId, String actor) {
    return new CommentPosted(dealId, THREAD, UUID.randomUUID(), actor, false, List.of());
  }

  private static void signIn(String username) {
    SecurityContextHolder.setContext(contextOf(username));
  }

  private static SecurityContext contextOf(String username) {
    Caller caller = new Caller(username, Set.of(username));
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            caller.username(), null, CurrentCaller.authoritiesOf(caller.groups())));
    return context;
  }
}
