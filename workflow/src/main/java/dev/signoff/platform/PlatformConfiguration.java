package dev.signoff.platform;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clock, asynchronous after-commit event handling, and the retry of event handlers that failed:
 * Spring Modulith's publication registry keeps every unfinished publication in the database, and it
 * is resubmitted here on a schedule until its handler succeeds.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@EnableConfigurationProperties(PlatformConfiguration.EventRetryProperties.class)
public class PlatformConfiguration {

  private static final Logger log = LoggerFactory.getLogger(PlatformConfiguration.class);

  /**
   * @param retryAfter how old an unfinished event publication must be before it is resubmitted
   */
  @ConfigurationProperties("signoff.events")
  public record EventRetryProperties(Duration retryAfter) {
    public EventRetryProperties {
      retryAfter = retryAfter == null ? Duration.ofSeconds(30) : retryAfter;
    }
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  EventRetry eventRetry(IncompleteEventPublications incomplete, EventRetryProperties properties) {
    return new EventRetry(incomplete, properties.retryAfter());
  }

  /** Resubmits event publications whose handler failed or never ran. */
  static class EventRetry {
    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventRetry(IncompleteEventPublications incomplete, Duration retryAfter) {
      this.incomplete = incomplete;
      this.retryAfter = retryAfter;
    }

    @Scheduled(
        initialDelayString = "${signoff.events.retry-interval:PT30S}",
        fixedDelayString = "${signoff.events.retry-interval:PT30S}")
    void resubmitFailed() {
      try {
        incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
      } catch (RuntimeException e) {
        log.warn("Resubmitting unfinished events failed; trying again later: {}", e.toString());
      }
    }
  }
}
