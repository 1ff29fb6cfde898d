package dev.signoff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.QueryParameters;
import dev.signoff.comment.NotificationOrder;
import dev.signoff.comment.NotificationView;
import dev.signoff.inbox.InboxTask;
import dev.signoff.inbox.TaskKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's newest notifications, unread ones marked. Opening one marks it read and goes to its
 * thread: on the review screen when the user has a review task on the deal, else on the deal page.
 */
class NotificationList extends VerticalLayout {

  private static final int SHOWN = 20;

  private final CommentServices services;
  private final Runnable countChanged;
  private final Runnable close;
  private final VerticalLayout items = new VerticalLayout();

  NotificationList(CommentServices services, Runnable countChanged, Runnable close) {
    this.services = services;
    this.countChanged = countChanged;
    this.close = close;
    setPadding(false);
    setSpacing(false);
    Button markAll = new Button("Mark all read", click -> markAllRead());
    markAll.setId("notifications-mark-all-read");
    markAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    Span title = new Span("Notifications");
    title.getStyle().set("font-weight", "600");
    HorizontalLayout header = new HorizontalLayout(title, markAll);
    header.setWidthFull();
    header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
    header.expand(title);
    items.setId("notifications-list");
    items.setPadding(false);
    items.setSpacing(false);
    items.getStyle().set("max-height", "60vh").set("overflow", "auto");
    add(header, items);
  }

  void reload() {
    items.removeAll();
    List<NotificationView> newest =
        services.notifications().list(false, NotificationOrder.NEWEST_FIRST, SHOWN);
    if (newest.isEmpty()) {
      Paragraph none = new Paragraph("No notifications yet.");
      none.setId("notifications-empty");
      items.add(none);
    }
    newest.forEach(notification -> items.add(item(notification)));
  }

  private Div item(NotificationView notification) {
    Div item = new Div();
    item.setId("notification-" + notification.id());
    item.addClassName("notification-item");
    item.getStyle()
        .set("cursor", "pointer")
        .set("padding", "var(--lumo-space-s)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
        .set("width", "100%")
        .set("box-sizing", "border-box");
    if (!notification.read()) {
      item.addClassName("unread");
      item.getStyle()
          .set("background", "var(--lumo-primary-color-10pct)")
          .set("font-weight", "500");
    }
    Span what = new Span(ThreadLabels.notification(notification.kind(), notification.actor()));
    what.addClassName("notification-what");
    Span deal = new Span(" · " + notification.dealTitle());
    deal.addClassName("notification-deal");
    Span time = new Span(" · " + Formats.dateTime(notification.createdAt()));
    time.getStyle().set("color", "var(--lumo-secondary-text-color)");
    Div excerpt = new Div(notification.excerpt() == null ? "" : notification.excerpt());
    excerpt.addClassName("notification-excerpt");
    excerpt
        .getStyle()
        .set("color", "var(--lumo-secondary-text-color)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set("font-weight", "normal");
    item.add(new Div(what, deal, time), excerpt);
    item.addClickListener(click -> open(notification));
    return item;
  }

  private void open(NotificationView notification) {
    try {
      services.notifications().markRead(notification.id());
    } catch (RuntimeException failure) {
      Problems.show(failure);
      reload();
      countChanged.run();
      return;
    }
    countChanged.run();
    close.run();
    QueryParameters thread =
        QueryParameters.simple(
            Map.of(CommentThreadsPanel.THREAD_PARAMETER, notification.threadId().toString()));
    Optional<InboxTask> task =
        services.inbox().myTasks().stream()
            .filter(open -> open.dealId().equals(notification.dealId()))
            .filter(open -> open.kind() != TaskKind.REVISION)
            .findFirst();
    UI ui = UI.getCurrent();
    if (task.isPresent()) {
      ui.navigate(ReviewView.class, task.get().id(), thread);
    } else {
      ui.navigate(DealView.class, notification.dealId().toString(), thread);
    }
  }

  private void markAllRead() {
    services.notifications().markAllRead();
    countChanged.run();
    reload();
  }
}
