package dev.signoff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.signoff.comment.NotificationOrder;
import dev.signoff.comment.NotificationView;
import dev.signoff.comment.Notifications;
import dev.signoff.comment.ThreadActivity;
import dev.signoff.inbox.InboxTask;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The discussion on the deals of the inbox, per row: how many threads are open, how many must be
 * resolved before signing, and how many notifications about the deal the user has not read yet.
 */
class InboxActivity {

  private final CommentServices services;
  private Set<UUID> deals = Set.of();
  private Map<UUID, ThreadActivity> activity = Map.of();
  private Map<UUID, Long> unread = Map.of();

  InboxActivity(CommentServices services) {
    this.services = services;
  }

  /** Loads the activity of these deals. */
  void load(Collection<UUID> dealIds) {
    deals = Set.copyOf(dealIds);
    reload();
  }

  /** Loads the activity of the same deals again. */
  void reload() {
    activity =
        services.queries().activity(deals).stream()
            .collect(Collectors.toMap(ThreadActivity::dealId, Function.identity()));
    unread =
        services
            .notifications()
            .list(true, NotificationOrder.NEWEST_FIRST, Notifications.MAX_LIMIT)
            .stream()
            .collect(Collectors.groupingBy(NotificationView::dealId, Collectors.counting()));
  }

  boolean concerns(UUID dealId) {
    return deals.contains(dealId);
  }

  Component of(InboxTask task) {
    ThreadActivity threads = activity.get(task.dealId());
    long news = unread.getOrDefault(task.dealId(), 0L);
    Span text = new Span(describe(threads));
    text.addClassName("thread-activity-text");
    HorizontalLayout cell = new HorizontalLayout(text);
    cell.setSpacing(false);
    cell.addClassName("thread-activity");
    cell.getElement().setAttribute("data-deal", task.dealId().toString());
    if (threads != null && threads.lastActivityAt() != null) {
      cell.getElement()
          .setAttribute(
              "title",
              "Last: "
                  + threads.lastActivityBy()
                  + ", "
                  + Formats.dateTime(threads.lastActivityAt()));
    }
    if (news > 0) {
      Badge fresh = new Badge(news + " new", Badge.Tone.ERROR);
      fresh.addClassName("thread-activity-new");
      fresh.getStyle().set("margin-left", "var(--lumo-space-s)");
      cell.add(fresh);
    }
    return cell;
  }

  private static String describe(ThreadActivity threads) {
    if (threads == null || threads.openThreads() + threads.resolvedThreads() == 0) {
      return "No comments";
    }
    if (threads.openThreads() == 0) {
      return "All " + threads.resolvedThreads() + " resolved";
    }
    String text =
        threads.openThreads() + (threads.openThreads() == 1 ? " open thread" : " open threads");
    if (threads.blockingThreads() > 0) {
      text += " · " + threads.blockingThreads() + " block signing";
    }
    return text;
  }
}
