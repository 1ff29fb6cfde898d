package dev.signoff.contract;

/**
 * A contract file as uploaded.
 *
 * @param fileName the name the uploader gave it (used only as a hint and for display): only its
 *     last path segment is kept, so a name such as {@code ../../etc/passwd} or {@code
 *     C:\Users\me\contract.docx} becomes {@code passwd} or {@code contract.docx}
 * @param content the original bytes
 * @throws IllegalArgumentException when the name is longer than {@value #MAX_FILE_NAME} characters
 */
public record ContractFile(String fileName, byte[] content) {

  /** The longest file name kept. */
  public static final int MAX_FILE_NAME = 255;

  public ContractFile {
    fileName = lastSegment(fileName);
    content = content == null ? new byte[0] : content;
  }

  private static String lastSegment(String given) {
    if (given == null) {
      return "contract";
    }
    String name = given.substring(Math.max(given.lastIndexOf('/'), given.lastIndexOf('\\')) + 1);
    name = name.strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "contract";
    }
    if (name.length() > MAX_FILE_NAME) {
      throw new IllegalArgumentException(
          "The file name is longer than " + MAX_FILE_NAME + " characters.");
    }
    return name;
  }
}
