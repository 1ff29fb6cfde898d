package dev.signoff.search;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Makes "sub-processor", "sub processor" and "subprocessor" one word without changing the length of
 * the text: the separators between "sub" and "processor" become soft hyphens, which the standard
 * tokenizer keeps inside a word, and {@link WithoutSoftHyphens} removes them from the terms. Since
 * every offset stays where it was, highlights of the original text need no offset correction, and a
 * text without "sub" is passed on as it is.
 */
final class SubprocessorSpelling extends Reader {

  static final char SOFT_HYPHEN = '\u00AD';

  private static final String PROCESSOR = "processor";

  private final Reader input;
  private char[] text;
  private int length;
  private int position;

  SubprocessorSpelling(Reader input) {
    this.input = input;
  }

  @Override
  public int read(char[] buffer, int offset, int count) throws IOException {
    if (text == null) {
      readAll();
    }
    if (position >= length) {
      return -1;
    }
    int n = Math.min(count, length - position);
    System.arraycopy(text, position, buffer, offset, n);
    position += n;
    return n;
  }

  @Override
  public void close() throws IOException {
    input.close();
  }

  private void readAll() throws IOException {
    char[] all = new char[1024];
    int read;
    while ((read = input.read(all, length, all.length - length)) != -1) {
      length += read;
      if (length == all.length) {
        all = java.util.Arrays.copyOf(all, all.length * 2);
      }
    }
    text = all;
    join(text, length);
  }

  /** Replaces the separators of every split spelling in {@code text[0, length)} in place. */
  static void join(char[] text, int length) {
    for (int i = 0; i + 3 < length; i++) {
      if (!startsWith(text, length, i, "sub")
          || (i > 0 && Character.isLetterOrDigit(text[i - 1]))) {
        continue;
      }
      int separators = i + 3;
      while (separators < length && isSeparator(text[separators])) {
        separators++;
      }
      if (separators > i + 3 && startsWith(text, length, separators, PROCESSOR)) {
        for (int s = i + 3; s < separators; s++) {
          text[s] = SOFT_HYPHEN;
        }
        i = separators;
      }
    }
  }

  /** The same for a string, as queries are given. */
  static String join(String text) {
    char[] chars = text.toCharArray();
    join(chars, chars.length);
    return new String(chars).replace(String.valueOf(SOFT_HYPHEN), "");
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean startsWith(char[] text, int length, int at, String lowerCase) {
    if (at + lowerCase.length() > length) {
      return false;
    }
    for (int k = 0; k < lowerCase.length(); k++) {
      if (Character.toLowerCase(text[at + k]) != lowerCase.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Removes soft hyphens from terms: "sub\u00ADprocessor" is indexed as "subprocessor". */
  static final class WithoutSoftHyphens extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    WithoutSoftHyphens(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] buffer = term.buffer();
      int length = term.length();
      int kept = 0;
      for (int i = 0; i < length; i++) {
        if (buffer[i] != SOFT_HYPHEN) {
          buffer[kept++] = buffer[i];
        }
      }
      if (kept != length) {
        term.setLength(kept);
      }
      return true;
    }
  }
}
