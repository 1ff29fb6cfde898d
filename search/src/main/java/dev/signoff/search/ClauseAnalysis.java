package dev.signoff.search;

import dev.signoff.search.terms.ClauseType;
import dev.signoff.search.terms.ClauseTypes;
import dev.signoff.search.terms.ExtractedTerm;
import dev.signoff.search.terms.TermExtractor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types and terms of one clause, as {@link ClauseTypes} and {@link TermExtractor} find them.
 *
 * <p>Typing and extraction are rule-based and take most of the time of indexing a clause, and
 * vendors reuse their standard wording from deal to deal, so the results for the most recently seen
 * {@link #CACHED_CLAUSES} clause texts are kept. Both depend only on the heading and the text, so a
 * cached result is exactly what a fresh run would give.
 */
record ClauseAnalysis(Set<ClauseType> types, List<ExtractedTerm> terms) {

  static final int CACHED_CLAUSES = 4_096;

  private static final Map<String, ClauseAnalysis> RECENT =
      new LinkedHashMap<>(CACHED_CLAUSES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ClauseAnalysis> eldest) {
          return size() > CACHED_CLAUSES;
        }
      };

  static ClauseAnalysis of(String heading, String text) {
    String key = heading + '\u0000' + text;
    synchronized (RECENT) {
      ClauseAnalysis cached = RECENT.get(key);
      if (cached != null) {
        return cached;
      }
    }
    ClauseAnalysis analysis =
        new ClauseAnalysis(
            ClauseTypes.classify(heading, text), TermExtractor.extract(heading, text));
    synchronized (RECENT) {
      RECENT.put(key, analysis);
    }
    return analysis;
  }
}
