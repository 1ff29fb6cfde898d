package dev.signoff.platform;

import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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

  /**
   * No observations: nothing here reads them (no metrics or traces are exported, and the only
   * actuator endpoint is health), yet every request would open and close several, one per security
   * filter and one for the request itself. {@code signoff.observations.enabled=true} brings back
   * Spring Boot's registry for an operator who adds an exporter.
   */
  @Bean
  @ConditionalOnProperty(
      name = "signoff.observations.enabled",
      havingValue = "false",
      matchIfMissing = true)
  ObservationRegistry observationRegistry() {
    return ObservationRegistry.NOOP;
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
