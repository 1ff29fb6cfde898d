package dev.signoff.contract;

/**
 * A contract file that passed the checks, with its text.
 *
 * @param fileName display name of the original
 * @param mediaType type detected from the content
 * @param sha256 hex digest of the original bytes
 * @param content the original bytes
 * @param text the extracted plain text
 */
public record ExtractedContract(
    String fileName, String mediaType, String sha256, byte[] content, String text) {

  public long sizeBytes() {
    return content.length;
  }
}
