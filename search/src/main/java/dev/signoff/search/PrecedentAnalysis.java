package dev.signoff.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
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
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * How the fields of a precedent are turned into terms.
 *
 * <p>Text fields are English prose: standard tokenizer, English possessive, lowercase, English stop
 * words, Porter stemming. "sub-processor", "sub processor" and "subprocessor" are made one word
 * before tokenizing, because the tokenizer would otherwise split the hyphenated spelling.
 *
 * <p>Legal synonyms ({@link #SYNONYMS}) are applied at query time only: the index keeps the words
 * as written, so the list can change without a rebuild, and multi-word synonyms ("hold harmless")
 * become phrase queries that need no special index-time graph handling. Rules are analysed by the
 * same chain, so any inflection of a listed word triggers its group ("indemnified" as "indemnify").
 */
final class PrecedentAnalysis {

  /**
   * Groups of words a contract uses interchangeably. Each line is a group of equivalent wordings;
   * none contains a stop word, since the rules are analysed by the stop-word chain.
   *
   * <ul>
   *   <li>indemnify / indemnification / indemnity / hold harmless: the same promise to bear the
   *       other party's losses, written three ways.
   *   <li>terminate / termination / cancel / cancellation: ending the agreement or a subscription.
   *   <li>notify / notification: a duty to tell, as in "notify ... of a breach".
   *   <li>security incident / data breach / security breach / personal data breach: the event that
   *       starts breach notification. The bare word "breach" is left alone, because in contracts it
   *       mostly means breach of contract.
   *   <li>uptime / availability: the service level commitment.
   *   <li>personal data / personal information / pii: GDPR and US wording of the same thing.
   *   <li>fine tuning / finetuning: the hyphenated form is split by the tokenizer.
   * </ul>
   */
  static final String SYNONYMS =
      String.join(
          "\n",
          "indemnify, indemnification, indemnity, hold harmless",
          "terminate, termination, cancel, cancellation",
          "notify, notification",
          "security incident, data breach, security breach, personal data breach",
          "uptime, availability",
          "personal data, personal information, pii",
          "fine tuning, finetuning");

  private static final SynonymMap SYNONYM_MAP = synonymMap();

  private PrecedentAnalysis() {}

  /** The analyzer documents are indexed with; also the one that finds similar clauses and deals. */
  static Analyzer indexAnalyzer() {
    return perField(new EnglishTextAnalyzer(null));
  }

  /** The analyzer user queries are parsed with: the index analyzer plus legal synonyms. */
  static Analyzer queryAnalyzer() {
    return perField(new EnglishTextAnalyzer(SYNONYM_MAP));
  }

  /** Applies the subprocessor spelling rule to a query before the parser splits it into words. */
  static String normaliseQuery(String text) {
    return SubprocessorSpelling.join(text);
  }

  /**
   * The keyword fields lower-cased whole, so {@code outcome:Approved} matches however the value was
   * spelled; ids, kinds and principals exactly as given; everything else English prose.
   */
  private static Analyzer perField(Analyzer text) {
    Analyzer lowerCaseKeyword = new LowerCaseKeywordAnalyzer();
    Analyzer exact = new KeywordAnalyzer();
    return new PerFieldAnalyzerWrapper(
        text,
        Map.of(
            PrecedentMapping.HOSTING_MODEL, lowerCaseKeyword,
            PrecedentMapping.OUTCOME, lowerCaseKeyword,
            PrecedentMapping.RISK_TIER, lowerCaseKeyword,
            PrecedentMapping.TYPE, lowerCaseKeyword,
            PrecedentMapping.DECISION, lowerCaseKeyword,
            PrecedentMapping.OWNER, lowerCaseKeyword,
            PrecedentMapping.DEAL_ID, exact,
            PrecedentMapping.KIND, exact,
            PrecedentMapping.READERS, exact));
  }

  private static SynonymMap synonymMap() {
    try (Analyzer rules = new EnglishTextAnalyzer(null)) {
      SolrSynonymParser parser = new SolrSynonymParser(true, true, rules);
      parser.parse(new StringReader(SYNONYMS));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException("The legal synonym list is invalid", e);
    }
  }

  /**
   * The chain of Lucene's {@link EnglishAnalyzer} (standard tokenizer, English possessive,
   * lowercase, English stop words, Porter stemming) after the subprocessor spelling rule, with
   * synonyms after stemming when given, and a gap between the values of a multi-valued field so
   * that a phrase never spans two models.
   */
  static final class EnglishTextAnalyzer extends StopwordAnalyzerBase {

    private static final int GAP_BETWEEN_VALUES = 100;

    private final SynonymMap synonyms;

    EnglishTextAnalyzer(SynonymMap synonyms) {
      super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
      this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new SubprocessorSpelling(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      TokenStream result = new SubprocessorSpelling.WithoutSoftHyphens(source);
      result = new EnglishPossessiveFilter(result);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, stopwords);
      result = new PorterStemFilter(result);
      if (synonyms != null) {
        result = new SynonymGraphFilter(result, synonyms, true);
      }
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
