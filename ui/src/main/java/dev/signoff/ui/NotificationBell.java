package dev.signoff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;

/**
 * The bell in the header: how many of the user's notifications are unread, and a list of the newest
 * ones on click. It is live: a notification for this user shows up without reloading.
 */
class NotificationBell extends Div {

  private final CommentServices services;
  private final Span unread = new Span();
  private final Popover popover;
  private final NotificationList list;

  NotificationBell(CommentServices services) {
    this.services = services;
    getStyle().set("position", "relative").set("display", "inline-flex");
    Button bell = new Button(VaadinIcon.BELL_O.create());
    bell.setId("notifications-bell");
    bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
    bell.setAriaLabel("Notifications");
    unread.setId("notifications-unread");
    unread
        .getStyle()
        .set("position", "absolute")
        .set("top", "0")
        .set("right", "0")
        .set("min-width", "1.25em")
        .set("padding", "0 0.3em")
        .set("box-sizing", "border-box")
        .set("border-radius", "1em")
        .set("background", "var(--lumo-error-color)")
        .set("color", "var(--lumo-error-contrast-color)")
        .set("font-size", "var(--lumo-font-size-xxs)")
        .set("line-height", "1.25em")
        .set("text-align", "center")
        .set("pointer-events", "none");
    add(bell, unread);

    list = new NotificationList(services, this::showUnreadCount, () -> popover().close());
    popover = new Popover(list);
    popover.setId("notifications-popover");
    popover.setTarget(bell);
    popover.setOpenOnClick(true);
    popover.setPosition(PopoverPosition.BOTTOM_END);
    popover.setWidth("28rem");
    popover.setAriaLabel("Notifications");
    popover.addOpenedChangeListener(
        opened -> {
          if (opened.isOpened()) {
            list.reload();
          }
        });
    services.live().keepFresh(this, anyDeal -> false, true, this::refresh);
    showUnreadCount();
  }

  private Popover popover() {
    return popover;
  }

  private void refresh() {
    showUnreadCount();
    if (popover.isOpened()) {
      list.reload();
    }
  }

  private void showUnreadCount() {
    long count = services.notifications().unreadCount();
    unread.setText(count > 99 ? "99+" : String.valueOf(count));
    unread.setVisible(count > 0);
    getElement().setAttribute("title", count == 1 ? "1 unread notification" : count + " unread");
  }
}
