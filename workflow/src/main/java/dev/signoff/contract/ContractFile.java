package dev.signoff.contract;

/**
 * A contract file as uploaded.
 *
 * @param fileName the name the uploader gave it (used only as a hint and for display)
 * @param content the original bytes
 */
public record ContractFile(String fileName, byte[] content) {

  public ContractFile {
    fileName = fileName == null || fileName.isBlank() ? "contract" : fileName.strip();
    content = content == null ? new byte[0] : content;
  }
}
