package dev.signoff.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the passages of a contract or clause that match a query and renders them as HTML-safe
 * fragments with the matches in {@code <mark>}.
 */
final class ContractTextHighlighter extends UnifiedHighlighter {

  static final int MAX_FRAGMENTS = 3;

  /** Roughly two lines of a result list: the goal length of a passage and of the opening lines. */
  static final int FRAGMENT_LENGTH = 200;

  /** Where in a fragment the first match sits: centred, with context on both sides. */
  private static final float MATCH_IN_THE_MIDDLE = 0.5f;

  /** Contracts run long; the default of 10,000 characters would miss matches near the end. */
  private static final int MAX_ANALYSED_LENGTH = 2_000_000;

  /**
   * Matches are marked term by term, which is much cheaper than asking the query for the span of
   * each match; marks separated by spaces only are joined, so a phrase reads as one mark.
   */
  private static final Pattern ADJACENT_MARKS = Pattern.compile("</mark>( +)<mark>");

  private static final DefaultPassageFormatter MARKING =
      new DefaultPassageFormatter("<mark>", "</mark>", "… ", true);

  /** The texts of the documents being highlighted, by document id. */
  private Map<Integer, String> loaded = Map.of();

  ContractTextHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        new UnifiedHighlighter.Builder(searcher, analyzer)
            .withFormatter(new FragmentPerPassage())
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ENGLISH),
                        FRAGMENT_LENGTH,
                        MATCH_IN_THE_MIDDLE))
            .withMaxLength(MAX_ANALYSED_LENGTH)
            .withWeightMatches(false)
            .withMaxNoHighlightPassages(0));
  }

  /**
   * The fragments of {@code field} of each document, in the order of {@code docIds}; an empty list
   * where the field has no match.
   *
   * @param texts the stored value of {@code field} of each document, in the order of {@code
   *     docIds}, already loaded by the caller, so the stored fields are not read a second time
   */
  List<List<String>> fragments(String field, Query query, int[] docIds, String[] texts)
      throws IOException {
    loaded = new HashMap<>();
    for (int i = 0; i < docIds.length; i++) {
      loaded.put(docIds[i], texts[i] == null ? "" : texts[i]);
    }
    Object[] perDocument =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {MAX_FRAGMENTS})
            .get(field);
    List<List<String>> fragments = new ArrayList<>(docIds.length);
    for (Object fragmentsOfDocument : perDocument) {
      fragments.add(fragmentsOfDocument == null ? List.of() : asStrings(fragmentsOfDocument));
    }
    return fragments;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      values.add(new CharSequence[] {loaded.getOrDefault(doc, "")});
    }
    return values;
  }

  /** The escaped opening of a text, cut at a word boundary, for hits elsewhere in the document. */
  static List<String> opening(String contractText) {
    if (contractText == null || contractText.isBlank()) {
      return List.of();
    }
    String text = contractText.strip();
    if (text.length() <= FRAGMENT_LENGTH) {
      return List.of(escape(text));
    }
    int end = text.lastIndexOf(' ', FRAGMENT_LENGTH);
    if (end < FRAGMENT_LENGTH / 2) {
      end = FRAGMENT_LENGTH;
    }
    return List.of(escape(text.substring(0, end).stripTrailing()) + " …");
  }

  private static String escape(String text) {
    Passage whole = new Passage();
    whole.setStartOffset(0);
    whole.setEndOffset(text.length());
    return MARKING.format(new Passage[] {whole}, text);
  }

  private static List<String> asStrings(Object fragments) {
    return Arrays.stream((Object[]) fragments).map(String.class::cast).toList();
  }

  /** Formats every passage on its own so the caller gets a list instead of one joined string. */
  private static final class FragmentPerPassage extends PassageFormatter {

    @Override
    public Object format(Passage[] passages, String content) {
      String[] fragments = new String[passages.length];
      for (int i = 0; i < passages.length; i++) {
        fragments[i] =
            ADJACENT_MARKS
                .matcher(MARKING.format(new Passage[] {passages[i]}, content).strip())
                .replaceAll("$1");
      }
      return fragments;
    }
  }
}
