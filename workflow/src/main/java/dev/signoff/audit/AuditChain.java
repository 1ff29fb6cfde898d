package dev.signoff.audit;

import dev.signoff.audit.ChainVerification.BrokenEntry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain of a deal's audit trail: how an entry's hash is computed, and how a chain is
 * checked.
 *
 * <p>An entry's hash is SHA-256 (lower-case hex) over the tag {@code signoff-audit-v1} followed by
 * each field as a netstring (its length in UTF-8 bytes, {@code ':'}, the bytes, {@code ','}) in
 * this order: deal id (lower-case UUID), sequence (decimal), occurred at (UTC, ISO-8601 with
 * exactly six fraction digits and {@code Z}), actor, action, subject, details (the stored canonical
 * JSON text) and the previous entry's hash ({@link #GENESIS} for the first entry). The lengths make
 * the encoding unambiguous: no choice of values lets two different entries encode alike.
 */
final class AuditChain {

  /** The "previous hash" of a chain's first entry. */
  static final String GENESIS = "0".repeat(64);

  private static final byte[] TAG = "signoff-audit-v1".getBytes(StandardCharsets.UTF_8);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private AuditChain() {}

  /**
   * The instant as the chain keeps it: whole microseconds, which H2 and PostgreSQL both store
   * exactly, so an entry read back hashes as it was written.
   */
  static Instant truncate(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** The instant as it is hashed: UTC, ISO-8601, exactly six fraction digits. */
  static String format(Instant instant) {
    return TIME.format(instant);
  }

  /** A new link after {@code previousHash}, with its hash. */
  static ChainLink link(
      UUID id,
      UUID dealId,
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String details,
      String previousHash) {
    Instant at = truncate(occurredAt);
    return new ChainLink(
        id,
        dealId,
        sequence,
        at,
        actor,
        action,
        subject,
        details,
        previousHash,
        hash(dealId, sequence, at, actor, action, subject, details, previousHash));
  }

  /** The hash the link's content and previous hash call for. */
  static String hashOf(ChainLink link) {
    return hash(
        link.dealId(),
        link.sequence(),
        link.occurredAt(),
        link.actor(),
        link.action(),
        link.subject(),
        link.details(),
        link.previousHash());
  }

  private static String hash(
      UUID dealId,
      long sequence,
      Instant occurredAt,
      String actor,
      String action,
      String subject,
      String details,
      String previousHash) {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    encoded.writeBytes(TAG);
    for (String field :
        List.of(
            dealId.toString(),
            Long.toString(sequence),
            TIME.format(occurredAt),
            actor,
            action,
            subject,
            details,
            previousHash)) {
      byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
      encoded.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
      encoded.writeBytes(bytes);
      encoded.write(',');
    }
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(encoded.toByteArray()));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime provides SHA-256", e);
    }
  }

  /**
   * Checks a deal's chain: its links in sequence order and the head that records its last sequence
   * number and hash. Names the first entry that breaks the chain: a sequence number that is missing
   * (also at the end, when the head knows more entries), an entry whose hash does not match its
   * content, an entry whose previous hash is not the hash of the entry before it, or a last entry
   * that does not match the head.
   */
  static ChainVerification verify(List<ChainLink> links, long headSequence, String headHash) {
    long expected = 1;
    String previous = GENESIS;
    ChainLink last = null;
    for (ChainLink link : links) {
      if (link.sequence() < expected) {
        return broken(link.sequence(), link.id(), "entry " + link.sequence() + " appears twice");
      }
      if (link.sequence() > expected) {
        return broken(expected, null, "entry " + expected + " missing");
      }
      if (!hashOf(link).equals(link.hash())) {
        return broken(link.sequence(), link.id(), "content changed");
      }
      if (!previous.equals(link.previousHash())) {
        return broken(
            link.sequence(),
            link.id(),
            expected == 1
                ? "previous hash is not the start of a chain"
                : "previous hash does not match entry " + (expected - 1));
      }
      previous = link.hash();
      last = link;
      expected++;
    }
    long count = expected - 1;
    if (headSequence > count) {
      return broken(count + 1, null, "entry " + (count + 1) + " missing");
    }
    if (headSequence < count) {
      ChainLink extra = links.get((int) headSequence);
      return broken(extra.sequence(), extra.id(), "entry was added outside the chain");
    }
    if (!previous.equals(headHash)) {
      return last == null
          ? broken(0, null, "the chain head was changed")
          : broken(last.sequence(), last.id(), "hash does not match the chain head");
    }
    return ChainVerification.intact(count);
  }

  private static ChainVerification broken(long sequence, UUID id, String reason) {
    return ChainVerification.broken(new BrokenEntry(sequence, id, reason));
  }
}
