package dev.signoff.search.terms;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue of an extraction or typing rule: a regular expression over {@linkplain Terms#fold(String)
 * folded} text.
 *
 * <p>Scanning a clause for an alternation of a dozen phrases tries every phrase at every character,
 * which made up most of the time of indexing a clause. When every alternative of a cue is a phrase
 * starting with a letter or digit (possibly after a word boundary or a lookbehind, or inside a
 * group), the cue matches only where a word starts, and it knows the first one or two characters
 * its matches can start with; a {@link WordStarts} index of the text then tells where a match can
 * start at all, and the expression is tried only there, with the same result as {@link
 * Matcher#find()}. Any other cue (one that can start with punctuation or a character class) matches
 * anywhere and is scanned as usual.
 */
final class Cue {

  private final Pattern pattern;

  /** Bit {@code first * 256 + second} for two-character starts; null when unknown. */
  private final BitSet pairs;

  /** Bit {@code first} for starts known by their first character only; null when unknown. */
  private final BitSet singles;

  private Cue(Pattern pattern, Set<String> starts) {
    this.pattern = pattern;
    if (starts == null) {
      this.pairs = null;
      this.singles = null;
    } else {
      this.pairs = new BitSet(128 * 256);
      this.singles = new BitSet(128);
      for (String start : starts) {
        if (start.length() == 1) {
          singles.set(start.charAt(0));
        } else {
          pairs.set(start.charAt(0) * 256 + start.charAt(1));
        }
      }
    }
  }

  /**
   * A cue from an expression, matched regardless of ASCII case.
   *
   * @param regex the expression; its literal characters are folded like the text
   */
  static Cue of(String regex) {
    String folded = Terms.foldLiterals(regex);
    Set<String> starts = starts(folded);
    if (starts == null) {
      return new Cue(Pattern.compile(folded), null);
    }
    return new Cue(Pattern.compile("(?<![\\p{Alnum}])(?:" + folded + ")"), starts);
  }

  Pattern pattern() {
    return pattern;
  }

  Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /** Whether the cue's starts are known, so that {@link WordStarts} can narrow the search. */
  boolean indexed() {
    return pairs != null;
  }

  /** Whether a match could start at a word beginning with {@code first} and {@code second}. */
  boolean mayStartWith(char first, char second) {
    return singles.get(first) || pairs.get(first * 256 + Math.min(second, 255));
  }

  /**
   * Whether the cue matches in {@code text} between {@code start} and {@code end}; the characters
   * around that region are seen by lookbehinds and word boundaries, as with transparent bounds.
   */
  boolean foundIn(String text, WordStarts words, int start, int end) {
    return count(text, words, start, end, 1) > 0;
  }

  /** The number of non-overlapping matches in the region, counted up to {@code max}. */
  int count(String text, WordStarts words, int start, int end, int max) {
    Matcher m = pattern.matcher(text).region(start, end).useTransparentBounds(true);
    int count = 0;
    if (!indexed()) {
      while (count < max && m.find()) {
        count++;
      }
      return count;
    }
    int from = start;
    for (int i = words.firstAtOrAfter(start); i < words.size() && count < max; i++) {
      int at = words.position(i);
      if (at >= end) {
        break;
      }
      if (at < from || !mayStartWith(words.first(i), words.second(i))) {
        continue;
      }
      m.region(at, end);
      if (m.lookingAt()) {
        count++;
        from = Math.max(m.end(), at + 1);
      }
    }
    return count;
  }

  // --- reading the possible starts off the expression ---

  /** The one- or two-character starts of every match, or null when they cannot be told. */
  static Set<String> starts(String regex) {
    Set<String> starts = new HashSet<>();
    for (String branch : topLevel(regex, '|')) {
      Set<String> branchStarts = branchStarts(branch);
      if (branchStarts == null) {
        return null;
      }
      starts.addAll(branchStarts);
    }
    return starts;
  }

  private static Set<String> branchStarts(String branch) {
    int i = skipZeroWidth(branch, 0);
    if (i >= branch.length()) {
      return null;
    }
    char c = branch.charAt(i);
    if (c == '(') {
      int close = closing(branch, i);
      if (close < 0 || optional(branch, close + 1)) {
        return null;
      }
      return starts(groupBody(branch.substring(i + 1, close)));
    }
    if (!isWordChar(c) || optional(branch, i + 1)) {
      return null;
    }
    int next = i + 1;
    if (next < branch.length() && (branch.charAt(next) == '+' || branch.charAt(next) == '{')) {
      return Set.of(String.valueOf(c));
    }
    Character second = literalAt(branch, next);
    if (second == null || optional(branch, next + (branch.charAt(next) == '\\' ? 2 : 1))) {
      return Set.of(String.valueOf(c));
    }
    return Set.of("" + c + second);
  }

  /** Skips word boundaries and lookarounds, which match no characters. */
  private static int skipZeroWidth(String branch, int i) {
    while (i < branch.length()) {
      if (branch.startsWith("\\b", i)) {
        i += 2;
      } else if (branch.startsWith("(?<!", i)
          || branch.startsWith("(?<=", i)
          || branch.startsWith("(?=", i)
          || branch.startsWith("(?!", i)) {
        int close = closing(branch, i);
        if (close < 0) {
          return branch.length();
        }
        i = close + 1;
      } else {
        return i;
      }
    }
    return i;
  }

  /** The alternation inside a group, without {@code ?:} or a group name. */
  private static String groupBody(String group) {
    if (group.startsWith("?:")) {
      return group.substring(2);
    }
    if (group.startsWith("?<") && group.length() > 2 && Character.isLetter(group.charAt(2))) {
      return group.substring(group.indexOf('>') + 1);
    }
    if (group.startsWith("?")) {
      return "\\"; // a flag or another construct: unknown starts
    }
    return group;
  }

  private static Character literalAt(String regex, int i) {
    if (i >= regex.length()) {
      return null;
    }
    char c = regex.charAt(i);
    if (c == '\\') {
      if (i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
        return regex.charAt(i + 1);
      }
      return null;
    }
    return "[](){}.*+?^$|".indexOf(c) >= 0 ? null : c;
  }

  private static boolean optional(String regex, int i) {
    return i < regex.length()
        && (regex.charAt(i) == '?'
            || regex.charAt(i) == '*'
            || regex.startsWith("{0", i)
            || regex.startsWith("{,", i));
  }

  private static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  /** The index of the parenthesis closing the one at {@code open}, or -1. */
  private static int closing(String regex, int open) {
    int[] depth = groupDepths(regex, open);
    for (int i = open + 1; i < regex.length(); i++) {
      if (depth[i] == 1 && regex.charAt(i) == ')') {
        return i;
      }
    }
    return -1;
  }

  /** Splits at {@code separator} outside groups, classes and escapes. */
  private static List<String> topLevel(String regex, char separator) {
    List<String> parts = new java.util.ArrayList<>();
    int[] depth = groupDepths(regex, 0);
    int from = 0;
    for (int i = 0; i < regex.length(); i++) {
      if (depth[i] == 0 && regex.charAt(i) == separator) {
        parts.add(regex.substring(from, i));
        from = i + 1;
      }
    }
    parts.add(regex.substring(from));
    return parts;
  }

  /**
   * For each character from {@code from} on, how many groups opened after {@code from} are still
   * open before it; -1 for an escaped character and for a character class, which open nothing.
   */
  private static int[] groupDepths(String regex, int from) {
    int[] depths = new int[regex.length()];
    java.util.Arrays.fill(depths, 0, from, -1);
    int depth = 0;
    boolean inClass = false;
    for (int i = from; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        depths[i] = -1;
        if (i + 1 < regex.length()) {
          depths[++i] = -1;
        }
      } else if (inClass) {
        depths[i] = -1;
        inClass = c != ']';
      } else if (c == '[') {
        depths[i] = -1;
        inClass = true;
      } else {
        depths[i] = depth;
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        }
      }
    }
    return depths;
  }
}
