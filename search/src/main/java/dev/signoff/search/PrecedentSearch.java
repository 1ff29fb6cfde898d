package dev.signoff.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Turns a {@link PrecedentQuery} into a Lucene query restricted to the caller's readers, runs it on
 * a searcher it is handed and builds the hits.
 */
final class PrecedentSearch {

  /** However many hits are asked for, a result list never holds more. */
  static final int MAX_LIMIT = 100;

  /** Words without a field are looked for in these fields. */
  private static final String[] SEARCHED_FIELDS = {
    PrecedentMapping.TITLE,
    PrecedentMapping.VENDOR,
    PrecedentMapping.MODELS,
    PrecedentMapping.USE_CASE,
    PrecedentMapping.CONTRACT_TEXT
  };

  /** A match in the title or on the vendor says more about a deal than one in its long contract. */
  private static final Map<String, Float> BOOSTS =
      Map.of(
          PrecedentMapping.TITLE, 3f,
          PrecedentMapping.VENDOR, 2f,
          PrecedentMapping.MODELS, 2f);

  /** Best match first; among equally good matches the more recent decision first. */
  private static final Sort RELEVANCE_THEN_RECENCY =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(PrecedentMapping.DECIDED_AT, SortField.Type.LONG, true));

  private final Analyzer analyzer;

  PrecedentSearch(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Parses the user's text. Words are combined with AND: someone looking for a precedent narrows
   * with every word they add, as in a web search, and can still write {@code OR} explicitly.
   */
  Query parse(String text) {
    if (text == null || text.isBlank()) {
      throw new PrecedentQueryException("Enter something to search for.");
    }
    QueryParser parser = new MultiFieldQueryParser(SEARCHED_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new PrecedentQueryException(
          "Cannot understand the search \"" + text + "\": " + reason(text, e), e);
    }
  }

  PrecedentResults search(IndexSearcher searcher, PrecedentQuery precedentQuery)
      throws IOException {
    Query matching = parse(precedentQuery.text());
    if (precedentQuery.readers().isEmpty()) {
      return new PrecedentResults(0, List.of(), Map.of(), Map.of(), null, null);
    }
    Query visible =
        new BooleanQuery.Builder()
            .add(matching, Occur.MUST)
            .add(readableBy(precedentQuery), Occur.FILTER)
            .build();
    TopDocs topDocs;
    try {
      topDocs =
          searcher.search(
              visible, Math.min(precedentQuery.limit(), MAX_LIMIT), RELEVANCE_THEN_RECENCY, true);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new PrecedentQueryException(
          "The search \"" + precedentQuery.text() + "\" matches too many words; be more specific.",
          e);
    }
    List<PrecedentHit> hits = toHits(searcher, matching, topDocs);
    return new PrecedentResults(topDocs.totalHits.value, hits, Map.of(), Map.of(), null, null);
  }

  private List<PrecedentHit> toHits(IndexSearcher searcher, Query matching, TopDocs topDocs)
      throws IOException {
    ScoreDoc[] scoreDocs = topDocs.scoreDocs;
    int[] docIds = new int[scoreDocs.length];
    for (int i = 0; i < scoreDocs.length; i++) {
      docIds[i] = scoreDocs[i].doc;
    }
    List<List<String>> fragments =
        new ContractTextHighlighter(searcher, analyzer).fragments(matching, docIds);
    StoredFields storedFields = searcher.storedFields();
    List<PrecedentHit> hits = new ArrayList<>(scoreDocs.length);
    for (int i = 0; i < scoreDocs.length; i++) {
      Document document = storedFields.document(docIds[i]);
      List<String> fragmentsOfHit = fragments.get(i);
      if (fragmentsOfHit.isEmpty()) {
        fragmentsOfHit =
            ContractTextHighlighter.opening(document.get(PrecedentMapping.CONTRACT_TEXT));
      }
      hits.add(PrecedentMapping.toHit(document, scoreDocs[i].score, fragmentsOfHit));
    }
    return hits;
  }

  /**
   * Part of the query rather than a check on the results, so the limit counts visible deals only.
   */
  private static Query readableBy(PrecedentQuery precedentQuery) {
    List<BytesRef> principals = precedentQuery.readers().stream().map(BytesRef::new).toList();
    return new TermInSetQuery(PrecedentMapping.READERS, principals);
  }

  /** The parser's first line, without its own repetition of the query. */
  private static String reason(String text, ParseException e) {
    String message = e.getMessage();
    int end = message.indexOf('\n');
    String firstLine = end < 0 ? message : message.substring(0, end);
    String echo = "Cannot parse '" + text + "': ";
    return (firstLine.startsWith(echo) ? firstLine.substring(echo.length()) : firstLine).strip();
  }
}
