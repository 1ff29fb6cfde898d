package dev.signoff.review;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the review.
 *
 * @param reviewBusinessDays business days each review group has per round (default 3)
 * @param reviewBusinessDaysByGroup overrides per group, e.g. {@code legal: 5}
 * @param reminderBusinessDaysBeforeDue when the group is reminded, counted back from the due date
 *     (default 1; 0 reminds on the due date)
 * @param escalationBusinessDaysAfterDue when an overdue review goes to the managers (default 1)
 * @param reviewDuration time from submission to the due date of the final approval, together with
 *     {@code finalApprovalDuration} (defaults 5 and 2 days)
 * @param finalApprovalDuration see {@code reviewDuration}
 * @param zone the time zone whose weekends do not count as business days (default UTC)
 */
@ConfigurationProperties("signoff.review")
public record ReviewProperties(
    Integer reviewBusinessDays,
    Map<String, Integer> reviewBusinessDaysByGroup,
    Integer reminderBusinessDaysBeforeDue,
    Integer escalationBusinessDaysAfterDue,
    Duration reviewDuration,
    Duration finalApprovalDuration,
    ZoneId zone) {

  public ReviewProperties {
    reviewBusinessDays = reviewBusinessDays == null ? 3 : reviewBusinessDays;
    reviewBusinessDaysByGroup =
        reviewBusinessDaysByGroup == null ? Map.of() : Map.copyOf(reviewBusinessDaysByGroup);
    reminderBusinessDaysBeforeDue =
        reminderBusinessDaysBeforeDue == null ? 1 : reminderBusinessDaysBeforeDue;
    escalationBusinessDaysAfterDue =
        escalationBusinessDaysAfterDue == null ? 1 : escalationBusinessDaysAfterDue;
    reviewDuration = reviewDuration == null ? Duration.ofDays(5) : reviewDuration;
    finalApprovalDuration =
        finalApprovalDuration == null ? Duration.ofDays(2) : finalApprovalDuration;
    zone = zone == null ? ZoneId.of("UTC") : zone;
  }

  /** Business days the given group has for one review round. */
  public int businessDaysFor(String group) {
    return reviewBusinessDaysByGroup.getOrDefault(group, reviewBusinessDays);
  }
}
