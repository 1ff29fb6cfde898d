package dev.signoff.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The result of checking a deal's audit chain.
 *
 * @param intact whether every entry is present, unchanged and linked to the one before it
 * @param entries how many entries were checked (up to the first broken one)
 * @param firstBroken the first entry that breaks the chain; absent when the chain is intact
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean intact, Long entries, BrokenEntry firstBroken) {

  /**
   * Where a chain breaks.
   *
   * @param sequence the sequence number of the broken or missing entry
   * @param id the broken entry's id; absent when the entry is missing
   * @param reason what is wrong, e.g. "content changed" or "entry 7 missing"
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BrokenEntry(long sequence, UUID id, String reason) {}

  static ChainVerification intact(long entries) {
    return new ChainVerification(true, entries, null);
  }

  static ChainVerification broken(BrokenEntry firstBroken) {
    return new ChainVerification(false, null, firstBroken);
  }
}
