package dev.signoff.platform;

/**
 * Which text the API takes: any Unicode text except what no person types and some stores cannot
 * keep verbatim: NUL and other control characters (tab, line feed and carriage return excepted),
 * unpaired surrogates and Unicode non-characters. Bidirectional and zero-width characters are text
 * and are kept as given.
 */
public final class SafeText {

  private SafeText() {}

  /** Whether the text (null counts as safe) has none of the refused characters. */
  public static boolean isSafe(CharSequence text) {
    return text == null || firstUnsafeIndex(text) < 0;
  }

  /** The index of the first refused character, or -1. */
  public static int firstUnsafeIndex(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
          if (isNonCharacter(codePoint)) {
            return i;
          }
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c) || isControl(c) || isNonCharacter(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Throws {@link IllegalArgumentException} (answered 400 by the API) when the text has a refused
   * character.
   *
   * @param what what the text is, for the message, e.g. "the comment"
   */
  public static void require(CharSequence text, String what) {
    if (text == null) {
      return;
    }
    int index = firstUnsafeIndex(text);
    if (index >= 0) {
      throw new IllegalArgumentException(
          what
              + " contains a character that is not text (U+"
              + String.format("%04X", (int) text.charAt(index))
              + " at "
              + index
              + "): control characters, NUL, unpaired surrogates and non-characters are"
              + " refused.");
    }
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
  }

  private static boolean isNonCharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }
}
