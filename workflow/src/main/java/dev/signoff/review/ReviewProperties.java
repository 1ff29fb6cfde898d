package dev.signoff.review;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the review.
 *
 * @param reviewDuration time each reviewer has from submission (default 5 days)
 * @param finalApprovalDuration time the manager has once all reviews are in (default 2 days)
 */
@ConfigurationProperties("signoff.review")
public record ReviewProperties(Duration reviewDuration, Duration finalApprovalDuration) {

  public ReviewProperties {
    reviewDuration = reviewDuration == null ? Duration.ofDays(5) : reviewDuration;
    finalApprovalDuration =
        finalApprovalDuration == null ? Duration.ofDays(2) : finalApprovalDuration;
  }
}
