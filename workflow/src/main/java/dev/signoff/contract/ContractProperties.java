package dev.signoff.contract;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits for uploaded contract files.
 *
 * @param maxFileSize largest accepted file (default 20 MB)
 * @param parseTimeout longest time text extraction may take (default 30 s)
 * @param maxTextCharacters largest extracted text kept (default 5 million characters)
 */
@ConfigurationProperties("signoff.contract")
public record ContractProperties(
    DataSize maxFileSize, Duration parseTimeout, Integer maxTextCharacters) {

  public ContractProperties {
    maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
    parseTimeout = parseTimeout == null ? Duration.ofSeconds(30) : parseTimeout;
    maxTextCharacters = maxTextCharacters == null ? 5_000_000 : maxTextCharacters;
  }
}
