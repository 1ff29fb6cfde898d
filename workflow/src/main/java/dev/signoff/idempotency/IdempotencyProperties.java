package dev.signoff.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of idempotency keys.
 *
 * @param retention how long a key is remembered after its first use (then it may be used afresh)
 * @param inProgressWait how long a retry waits for the first request of its key to finish before it
 *     is answered 409
 * @param cleanupInterval how often expired keys are deleted
 * @param maxBodySize the largest non-multipart request body that a key covers (multipart parts are
 *     hashed as they are stored by the server, whatever their size)
 * @param abandonedAfter how long after its claim an unfinished request is taken for interrupted
 *     (its server stopped): a retry then runs it again when it changed nothing, or says that it did
 */
@ConfigurationProperties("signoff.idempotency")
record IdempotencyProperties(
    Duration retention,
    Duration inProgressWait,
    Duration cleanupInterval,
    DataSize maxBodySize,
    Duration abandonedAfter) {

  IdempotencyProperties {
    retention = retention == null ? Duration.ofHours(24) : retention;
    inProgressWait = inProgressWait == null ? Duration.ofSeconds(10) : inProgressWait;
    cleanupInterval = cleanupInterval == null ? Duration.ofHours(1) : cleanupInterval;
    maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    abandonedAfter = abandonedAfter == null ? Duration.ofMinutes(2) : abandonedAfter;
  }
}
