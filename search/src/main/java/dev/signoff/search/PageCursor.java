package dev.signoff.search;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.lucene.search.FieldDoc;

/**
 * The opaque token that continues a search on its next page: the sort values of the last hit shown,
 * bound to the search it came from and signed.
 *
 * <p>A token is signed with HMAC-SHA256 under a key drawn at random when the class loads, so a
 * token cannot be forged or altered, and one issued before a restart is refused rather than
 * misread. It also carries a digest of the search (text, readers, granularity, filters, ranges,
 * sort), so a token never continues a different search, nor one for other principals.
 */
final class PageCursor {

  private static final byte VERSION = 1;
  private static final int SIGNATURE_LENGTH = 16;
  private static final int PAYLOAD_LENGTH = 1 + 8 + 4 + 8 + 8;

  private static final byte[] KEY = randomKey();

  private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(PageCursor::newMac);

  private PageCursor() {}

  /** The token for the page after {@code last}. */
  static String encode(String searchDigestSource, float score, long decidedAt, long tieBreak) {
    ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD_LENGTH + SIGNATURE_LENGTH);
    buffer.put(VERSION);
    buffer.putLong(digest(searchDigestSource));
    buffer.putFloat(score);
    buffer.putLong(decidedAt);
    buffer.putLong(tieBreak);
    buffer.put(sign(buffer.array(), PAYLOAD_LENGTH));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * The position a token continues from, as the sort values of its last hit: the score (only
   * meaningful under relevance order), the decision time and the tie-break.
   *
   * @throws PrecedentQueryException when the token is malformed, altered, issued by another server
   *     run, or belongs to another search
   */
  static Position decode(String token, String searchDigestSource) {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (bytes.length != PAYLOAD_LENGTH + SIGNATURE_LENGTH || bytes[0] != VERSION) {
      throw invalid();
    }
    byte[] expected = sign(bytes, PAYLOAD_LENGTH);
    byte[] actual = new byte[SIGNATURE_LENGTH];
    System.arraycopy(bytes, PAYLOAD_LENGTH, actual, 0, SIGNATURE_LENGTH);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw invalid();
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, PAYLOAD_LENGTH - 1);
    if (buffer.getLong() != digest(searchDigestSource)) {
      throw new PrecedentQueryException(
          "The page token belongs to a different search; start again from the first page.");
    }
    return new Position(buffer.getFloat(), buffer.getLong(), buffer.getLong());
  }

  /** Where a page starts: after the hit with these sort values. */
  record Position(float score, long decidedAt, long tieBreak) {

    /** As Lucene's search-after; any hit equal in every sort value was on the earlier page. */
    FieldDoc after(boolean relevance) {
      Object[] fields =
          relevance
              ? new Object[] {score, decidedAt, tieBreak}
              : new Object[] {decidedAt, tieBreak};
      return new FieldDoc(Integer.MAX_VALUE, score, fields);
    }
  }

  private static PrecedentQueryException invalid() {
    return new PrecedentQueryException(
        "The page token is not valid (altered, or from before a restart); start again from the"
            + " first page.");
  }

  private static long digest(String source) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(hash).getLong();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  private static byte[] sign(byte[] bytes, int length) {
    Mac mac = MACS.get();
    mac.update(bytes, 0, length);
    byte[] full = mac.doFinal();
    byte[] truncated = new byte[SIGNATURE_LENGTH];
    System.arraycopy(full, 0, truncated, 0, SIGNATURE_LENGTH);
    return truncated;
  }

  private static Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static byte[] randomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }
}
