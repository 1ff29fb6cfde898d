package dev.signoff.idempotency;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;

/** Idempotency keys: the table, the filter that applies them, their cleanup and their docs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

  private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

  static final String DESCRIPTION =
      "Optional. A key of 1 to 255 visible ASCII characters (a UUID, say) chosen by the client for"
          + " this request. A retry with the same key by the same caller within 24 hours gets the"
          + " first answer (same status, body and Location, with the header Idempotent-Replayed:"
          + " true) and changes nothing. Only successful (2xx) answers are kept: after a refusal"
          + " or a failure the key is free again. The same key with another method, path or body"
          + " answers 422; a retry while the first request still runs waits briefly, then answers"
          + " 409; a retry after the first attempt was interrupted by a server failure runs the"
          + " request again if that attempt changed nothing, and answers 409 if it did; an"
          + " invalid key answers 400.";

  @Bean
  IdempotentRequests idempotentRequests(JdbcTemplate jdbc, Clock clock) {
    return new IdempotentRequests(jdbc, clock);
  }

  /** Picked up by the transaction manager as one of its execution listeners. */
  @Bean
  ChangeMarker idempotencyChangeMarker(IdempotentRequests requests) {
    return new ChangeMarker(requests);
  }

  @Bean
  IdempotencyFilter idempotencyFilter(
      IdempotentRequests requests,
      ChangeMarker changes,
      IdempotencyProperties properties,
      Clock clock) {
    return new IdempotencyFilter(requests, changes, properties, clock);
  }

  @Bean
  ExpiredKeys expiredKeys(IdempotentRequests requests) {
    return new ExpiredKeys(requests);
  }

  /** Documents the header on every POST of the API. */
  @Bean
  OperationCustomizer idempotencyKeyParameter() {
    return (operation, handler) -> {
      if (handler.hasMethodAnnotation(PostMapping.class)) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(IdempotencyFilter.HEADER)
                .required(false)
                .description(DESCRIPTION)
                .schema(
                    new StringSchema()
                        .minLength(1)
                        .maxLength(IdempotencyFilter.MAX_KEY_LENGTH)
                        .pattern("^[!-~]+$")));
      }
      return operation;
    };
  }

  /** Deletes expired keys on a schedule (expired keys are ignored before that too). */
  static class ExpiredKeys {
    private final IdempotentRequests requests;

    ExpiredKeys(IdempotentRequests requests) {
      this.requests = requests;
    }

    @Scheduled(
        initialDelayString = "${signoff.idempotency.cleanup-interval:PT1H}",
        fixedDelayString = "${signoff.idempotency.cleanup-interval:PT1H}")
    void deleteExpired() {
      try {
        int deleted = requests.deleteExpired();
        if (deleted > 0) {
          log.info("Deleted {} expired idempotency keys", deleted);
        }
      } catch (RuntimeException e) {
        log.warn("Deleting expired idempotency keys failed; trying again later: {}", e.toString());
      }
    }
  }
}
