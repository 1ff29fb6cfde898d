package dev.signoff.search.terms;

import java.util.Arrays;

/**
 * Where the words of a folded text start, with their first two characters: the places where a
 * {@link Cue} can match. A word is a run of ASCII letters and digits, as {@code \p{Alnum}} reads
 * it.
 */
final class WordStarts {

  private final int[] positions;
  private final char[] firsts;
  private final char[] seconds;
  private final int size;

  WordStarts(String text) {
    int capacity = Math.max(8, text.length() / 4);
    int[] at = new int[capacity];
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean alnum = isAlnum(text.charAt(i));
      if (alnum && !inWord) {
        if (count == at.length) {
          at = Arrays.copyOf(at, count * 2);
        }
        at[count++] = i;
      }
      inWord = alnum;
    }
    this.positions = at;
    this.size = count;
    this.firsts = new char[count];
    this.seconds = new char[count];
    for (int i = 0; i < count; i++) {
      firsts[i] = text.charAt(at[i]);
      seconds[i] = at[i] + 1 < text.length() ? text.charAt(at[i] + 1) : '\u0000';
    }
  }

  static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  int size() {
    return size;
  }

  int position(int i) {
    return positions[i];
  }

  char first(int i) {
    return firsts[i];
  }

  char second(int i) {
    return seconds[i];
  }

  /** The index of the first word starting at or after {@code offset}. */
  int firstAtOrAfter(int offset) {
    int found = Arrays.binarySearch(positions, 0, size, offset);
    return found >= 0 ? found : -found - 1;
  }
}
