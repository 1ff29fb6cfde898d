package dev.signoff.contract;

import static java.util.regex.Pattern.CASE_INSENSITIVE;
import static java.util.regex.Pattern.UNICODE_CASE;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pairs the clauses of two versions of a contract: which clause of the new version continues which
 * clause of the old one. Clauses pair first by identical content, so clauses that were only
 * renumbered (a clause inserted before them) pair up unchanged; then by number and heading, by
 * heading, by largely shared wording, and finally by number. Content is compared normalised:
 * whitespace collapsed, case, the clause number and Markdown markers removed, and typographic
 * variants (curly and straight quotes, dashes, non-breaking spaces) treated as equal.
 */
final class ClausePairing {

  /** Share of words two clause texts must have in common to count as one clause reworded. */
  private static final double REWORDED_SIMILARITY = 0.6;

  /** The number a clause text starts with, with Markdown heading, list and emphasis markers. */
  static final Pattern CLAUSE_NUMBER_PREFIX =
      Pattern.compile(
          "^\\s*(?:#{1,6}\\s+)?(?:[-*+•]\\s+)?(?:\\*\\*|__)?"
              + "(?:(?:(?:section|clause|article)\\s+|§\\s*)?\\d{1,3}(?:\\.\\d{1,3}){0,3}[.):]?(?=\\s|$))?",
          CASE_INSENSITIVE | UNICODE_CASE);

  private static final Pattern EMPHASIS = Pattern.compile("[*_]+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private ClausePairing() {}

  /** One version of the contract with what the pairing compares of each clause. */
  static final class Side {

    final List<Clause> clauses;
    final List<String> numbers = new ArrayList<>();
    final List<String> headings = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    private final Map<Integer, Set<String>> words = new HashMap<>();

    Side(List<Clause> clauses) {
      this.clauses =
          clauses == null ? List.of() : clauses.stream().filter(Objects::nonNull).toList();
      for (Clause clause : this.clauses) {
        numbers.add(Objects.toString(clause.number(), "").strip());
        headings.add(normalise(Objects.toString(clause.heading(), "")));
        String text = Objects.toString(clause.text(), "");
        texts.add(normalise(CLAUSE_NUMBER_PREFIX.matcher(text).replaceFirst("")));
      }
    }

    int size() {
      return clauses.size();
    }

    Set<String> words(int index) {
      return words.computeIfAbsent(
          index,
          key ->
              WORD.matcher(texts.get(key))
                  .results()
                  .map(match -> match.group())
                  .collect(Collectors.toSet()));
    }
  }

  /** For each clause of the new version, the index of its partner in the old version or -1. */
  static int[] partners(Side old, Side current) {
    Passes passes = new Passes(old, current);
    passes.byKey((side, index) -> side.texts.get(index));
    passes.byKey((side, index) -> side.numbers.get(index) + "\n" + side.headings.get(index));
    passes.byKey(
        (side, index) -> side.headings.get(index).isEmpty() ? null : side.headings.get(index));
    passes.byWording();
    passes.byKey((side, index) -> side.numbers.get(index));
    return passes.partners;
  }

  /**
   * How people refer to a clause: "7.2 Change management", just the number when the clause has no
   * heading, the heading for an unnumbered clause, "preamble" for the text before the first clause.
   */
  static String label(Clause clause) {
    String number = Objects.toString(clause.number(), "").strip();
    String heading = Objects.toString(clause.heading(), "").strip();
    if (number.isEmpty()) {
      return heading.isEmpty() ? "preamble" : heading;
    }
    return heading.isEmpty() ? number : number + " " + heading;
  }

  /**
   * Text as the pairing compares it: typographic variants folded, markers, case and spacing gone.
   */
  static String normalise(String text) {
    String plain = EMPHASIS.matcher(typographic(text)).replaceAll("");
    return WHITESPACE.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** Folds typographic variants (curly quotes, dashes, non-breaking spaces) to plain characters. */
  static String typographic(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder plain = new StringBuilder(folded.length());
    for (int index = 0; index < folded.length(); index++) {
      char character = folded.charAt(index);
      plain.append(
          switch (character) {
            case '‘', '’', '‚', '‛', '′', '`', '´' -> '\'';
            case '“', '”', '„', '‟', '«', '»' -> '"';
            case '‐', '‑', '‒', '–', '—', '―', '−' -> '-';
            case '\u00A0', '\u2007', '\u202F' -> ' ';
            default -> character;
          });
    }
    return plain.toString();
  }

  /** What a pass pairs clauses by; null when a clause has nothing to pair by. */
  private interface PairingKey {
    String of(Side side, int index);
  }

  /** Pairs clauses of the old and new version in passes, each pass among the unpaired ones. */
  private static final class Passes {

    final Side old;
    final Side current;
    final int[] partners;
    final boolean[] taken;

    Passes(Side old, Side current) {
      this.old = old;
      this.current = current;
      this.partners = new int[current.size()];
      this.taken = new boolean[old.size()];
      Arrays.fill(partners, -1);
    }

    /** Pairs clauses with equal keys, preferring the same number, then the nearest position. */
    void byKey(PairingKey key) {
      Map<String, List<Integer>> unpairedByKey = new HashMap<>();
      for (int then = 0; then < old.size(); then++) {
        String value = key.of(old, then);
        if (!taken[then] && value != null) {
          unpairedByKey.computeIfAbsent(value, unused -> new ArrayList<>()).add(then);
        }
      }
      for (int now = 0; now < current.size(); now++) {
        String value = partners[now] < 0 ? key.of(current, now) : null;
        List<Integer> candidates = value == null ? null : unpairedByKey.get(value);
        if (candidates == null) {
          continue;
        }
        int best = -1;
        for (int then : candidates) {
          if (!taken[then] && (best < 0 || rank(now, then) < rank(now, best))) {
            best = then;
          }
        }
        link(now, best);
      }
    }

    /** Pairs a clause with the old clause sharing most of its words, when that is most of them. */
    void byWording() {
      Map<String, List<Integer>> unpairedByWord = new HashMap<>();
      for (int then = 0; then < old.size(); then++) {
        if (!taken[then]) {
          for (String word : old.words(then)) {
            unpairedByWord.computeIfAbsent(word, unused -> new ArrayList<>()).add(then);
          }
        }
      }
      int[] shared = new int[old.size()];
      for (int now = 0; now < current.size(); now++) {
        if (partners[now] >= 0) {
          continue;
        }
        Arrays.fill(shared, 0);
        Set<String> words = current.words(now);
        for (String word : words) {
          for (int then : unpairedByWord.getOrDefault(word, List.of())) {
            shared[then]++;
          }
        }
        int best = -1;
        double bestSimilarity = REWORDED_SIMILARITY;
        for (int then = 0; then < old.size(); then++) {
          if (taken[then] || shared[then] == 0) {
            continue;
          }
          double similarity = 2.0 * shared[then] / (words.size() + old.words(then).size());
          boolean better =
              similarity > bestSimilarity
                  || similarity == bestSimilarity
                      && (best < 0 || rank(now, then) < rank(now, best));
          if (better) {
            best = then;
            bestSimilarity = similarity;
          }
        }
        link(now, best);
      }
    }

    private long rank(int now, int then) {
      boolean sameNumber = current.numbers.get(now).equals(old.numbers.get(then));
      return (sameNumber ? 0L : 1L << 32) + Math.abs(now - then);
    }

    private void link(int now, int then) {
      if (then >= 0) {
        partners[now] = then;
        taken[then] = true;
      }
    }
  }
}
