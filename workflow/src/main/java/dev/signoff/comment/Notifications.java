package dev.signoff.comment;

import dev.signoff.deal.DealDetails;
import dev.signoff.deal.DealService;
import dev.signoff.identity.CurrentCaller;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's in-app notifications of thread activity. Only the recipient sees a notification, and
 * only while they may still see its deal.
 */
@Service
public class Notifications {

  /** Most notifications one list returns. */
  public static final int MAX_LIMIT = 200;

  private final NotificationRepository notifications;
  private final DealService deals;
  private final Clock clock;

  Notifications(NotificationRepository notifications, DealService deals, Clock clock) {
    this.notifications = notifications;
    this.deals = deals;
    this.clock = clock;
  }

  /**
   * The caller's notifications.
   *
   * @param unreadOnly only those not yet marked read
   * @param order unread first (each part newest first), or newest first
   * @param limit how many at most, 1 to {@link #MAX_LIMIT}
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public List<NotificationView> list(boolean unreadOnly, NotificationOrder order, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw CommentProblem.invalid("The limit must be between 1 and " + MAX_LIMIT + ".");
    }
    List<Notification> mine = notifications.newestOf(me(), unreadOnly);
    Map<UUID, String> titles = visibleDealTitles(mine.stream().map(Notification::dealId).toList());
    Comparator<NotificationView> sorting =
        order == NotificationOrder.NEWEST_FIRST
            ? Comparator.comparing(NotificationView::createdAt).reversed()
            : Comparator.comparing(NotificationView::read)
                .thenComparing(Comparator.comparing(NotificationView::createdAt).reversed());
    return mine.stream()
        .filter(notification -> titles.containsKey(notification.dealId()))
        .map(notification -> notification.view(titles.get(notification.dealId())))
        .sorted(sorting)
        .limit(limit)
        .toList();
  }

  /** How many of the caller's notifications (of deals they may still see) are unread. */
  @PreAuthorize("isAuthenticated()")
  @Transactional(readOnly = true)
  public long unreadCount() {
    String me = me();
    List<UUID> visible = visibleDeals(notifications.dealsWithUnread(me));
    return visible.isEmpty() ? 0 : notifications.countUnread(me, visible);
  }

  /**
   * Marks one of the caller's notifications read.
   *
   * @throws CommentProblem 404 when it is not the caller's or its deal is no longer visible
   */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public NotificationView markRead(UUID notificationId) {
    String me = me();
    Notification notification =
        notifications
            .findById(notificationId)
            .filter(found -> found.recipient().equals(me))
            .orElseThrow(() -> CommentProblem.notificationNotFound(notificationId));
    Map<UUID, String> titles = visibleDealTitles(List.of(notification.dealId()));
    if (!titles.containsKey(notification.dealId())) {
      throw CommentProblem.notificationNotFound(notificationId);
    }
    notification.markRead(clock.instant());
    return notification.view(titles.get(notification.dealId()));
  }

  /** Marks all the caller's notifications read; returns how many were unread. */
  @PreAuthorize("isAuthenticated()")
  @Transactional
  public int markAllRead() {
    String me = me();
    List<UUID> visible = visibleDeals(notifications.dealsWithUnread(me));
    return visible.isEmpty() ? 0 : notifications.markAllRead(me, visible, clock.instant());
  }

  private List<UUID> visibleDeals(List<UUID> dealIds) {
    return List.copyOf(visibleDealTitles(dealIds).keySet());
  }

  private Map<UUID, String> visibleDealTitles(List<UUID> dealIds) {
    if (dealIds.isEmpty()) {
      return Map.of();
    }
    return deals.visibleAmong(dealIds).stream()
        .collect(Collectors.toMap(DealDetails::id, DealDetails::title, (one, other) -> one));
  }

  private static String me() {
    return CurrentCaller.get().username();
  }
}
