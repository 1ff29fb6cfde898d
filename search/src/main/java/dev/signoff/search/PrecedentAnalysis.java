package dev.signoff.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** How the fields of a precedent are turned into terms, at index time and at query time alike. */
final class PrecedentAnalysis {

  private PrecedentAnalysis() {}

  /**
   * English prose for the text fields; the keyword fields lower-cased whole, so {@code
   * outcome:Approved} matches however the value was spelled; ids and principals exactly as given.
   */
  static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        new EnglishTextAnalyzer(),
        Map.of(
            PrecedentMapping.HOSTING_MODEL, new LowerCaseKeywordAnalyzer(),
            PrecedentMapping.OUTCOME, new LowerCaseKeywordAnalyzer(),
            PrecedentMapping.DEAL_ID, new KeywordAnalyzer(),
            PrecedentMapping.READERS, new KeywordAnalyzer()));
  }

  /**
   * The chain of Lucene's {@link EnglishAnalyzer} (standard tokenizer, English possessive,
   * lowercase, English stop words, Porter stemming), with a gap between the values of a
   * multi-valued field so that a phrase never spans two models.
   */
  static final class EnglishTextAnalyzer extends StopwordAnalyzerBase {

    private static final int GAP_BETWEEN_VALUES = 100;

    EnglishTextAnalyzer() {
      super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, stopwords);
      result = new PorterStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
      return GAP_BETWEEN_VALUES;
    }
  }

  static final class LowerCaseKeywordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(in);
    }
  }
}
