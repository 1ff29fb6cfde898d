package dev.signoff.search;

import dev.signoff.search.terms.ClauseType;
import dev.signoff.search.terms.ClauseTypes;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link PrecedentQuery} into a Lucene query restricted to the caller's readers, runs it on
 * a searcher it is handed in one pass that also counts facets and term values, and builds the hits
 * of the page. Also finds similar clauses and deals. Stateless apart from its analyzers.
 */
final class PrecedentSearch {

  /** However many hits are asked for, a result list never holds more. */
  static final int MAX_LIMIT = 100;

  /** A facet lists at most this many values (and always the selected ones). */
  static final int MAX_FACET_VALUES = 100;

  /** Words without a field are looked for in these fields of a deal. */
  private static final String[] DEAL_FIELDS = {
    PrecedentMapping.TITLE,
    PrecedentMapping.VENDOR,
    PrecedentMapping.MODELS,
    PrecedentMapping.USE_CASE,
    PrecedentMapping.CONTRACT_TEXT
  };

  /** A match in the title or on the vendor says more about a deal than one in its long contract. */
  private static final Map<String, Float> DEAL_BOOSTS =
      Map.of(
          PrecedentMapping.TITLE, 3f,
          PrecedentMapping.VENDOR, 2f,
          PrecedentMapping.MODELS, 2f);

  /**
   * Words without a field are looked for in these fields of a clause; the vendor and models so that
   * "northwind liability" finds the liability clauses of Northwind's deals.
   */
  private static final String[] CLAUSE_FIELDS = {
    PrecedentMapping.TEXT,
    PrecedentMapping.HEADING,
    PrecedentMapping.VENDOR,
    PrecedentMapping.MODELS
  };

  /** A word in the heading says what the clause is about; the text may only mention it. */
  private static final Map<String, Float> CLAUSE_BOOSTS = Map.of(PrecedentMapping.HEADING, 2f);

  private static final SortField NEWEST_FIRST =
      new SortField(PrecedentMapping.DECIDED_AT, SortField.Type.LONG, true);
  private static final SortField OLDEST_FIRST =
      new SortField(PrecedentMapping.DECIDED_AT, SortField.Type.LONG, false);
  private static final SortField TIE_BREAK =
      new SortField(PrecedentMapping.TIE_BREAK, SortField.Type.LONG, false);

  private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST_FIRST, TIE_BREAK);
  private static final Sort BY_NEWEST = new Sort(NEWEST_FIRST, TIE_BREAK);
  private static final Sort BY_OLDEST = new Sort(OLDEST_FIRST, TIE_BREAK);

  /** How much more a similar clause of the same type as the given one counts. */
  static final float SAME_TYPE_BOOST = 1.5f;

  /** How much more a similar deal with the same vendor, a shared model, ... counts. */
  static final float SAME_VENDOR_BOOST = 1.5f;

  static final float SHARED_MODEL_BOOST = 1.3f;
  static final float SAME_HOSTING_BOOST = 1.2f;
  static final float SAME_RISK_TIER_BOOST = 1.2f;

  /** Similar clauses re-ranks this many candidates per wanted hit. */
  static final int SIMILAR_CANDIDATES = 5;

  /** The most distinctive words of a clause or contract that a similarity search looks for. */
  static final int MLT_MAX_QUERY_TERMS = 20;

  /**
   * Similar clauses first gathers candidates by this many of the clause's most distinctive words
   * only, then scores the best {@link #SIMILAR_FIRST_PASS_WINDOW} of them by all {@link
   * #MLT_MAX_QUERY_TERMS}. Over a million clauses this halves the time of a lookup and finds nearly
   * the same ten clauses as scoring every clause by all the words.
   */
  static final int SIMILAR_FIRST_PASS_TERMS = 8;

  static final int SIMILAR_FIRST_PASS_WINDOW = 500;

  /**
   * Words in more than this share of the documents (such as "customer" in contracts) say little
   * about likeness and would make a similarity search visit most of the index; in a small index,
   * where every word is in a large share, no word is left out below {@link #MLT_MIN_MAX_DOC_FREQ}.
   */
  private static final int MLT_MAX_DOC_FREQ_PERCENT = 20;

  private static final int MLT_MIN_MAX_DOC_FREQ = 1_000;

  private static final Query CLAUSES =
      new TermQuery(new Term(PrecedentMapping.KIND, PrecedentMapping.KIND_CLAUSE));
  private static final Query DEALS =
      new TermQuery(new Term(PrecedentMapping.KIND, PrecedentMapping.KIND_DEAL));

  private final Analyzer indexAnalyzer;
  private final Analyzer queryAnalyzer;

  PrecedentSearch(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
    this.queryAnalyzer = queryAnalyzer;
  }

  /** The query that finds the deal documents (not their clauses). */
  static Query deals() {
    return DEALS;
  }

  /**
   * Parses the user's text against the fields of the granularity. Words are combined with AND:
   * someone looking for a precedent narrows with every word they add, as in a web search, and can
   * still write {@code OR} explicitly. Blank text matches everything.
   */
  Query parse(String text, Granularity granularity) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    boolean clauses = granularity == Granularity.CLAUSE;
    QueryParser parser =
        new FieldsParser(
            clauses ? CLAUSE_FIELDS : DEAL_FIELDS,
            queryAnalyzer,
            clauses ? CLAUSE_BOOSTS : DEAL_BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    try {
      return parser.parse(PrecedentAnalysis.normaliseQuery(text));
    } catch (ParseException e) {
      throw new PrecedentQueryException(
          "Cannot understand the search \"" + text + "\": " + reason(text, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyWords(text, e);
    }
  }

  PrecedentResults search(IndexSearcher searcher, PrecedentQuery precedentQuery)
      throws IOException {
    boolean clauses = precedentQuery.granularity() == Granularity.CLAUSE;
    Query matching = parse(precedentQuery.text(), precedentQuery.granularity());
    if (precedentQuery.readers().isEmpty()) {
      return new PrecedentResults(0, List.of(), Map.of(), Map.of(), null, null);
    }
    BooleanQuery.Builder base =
        new BooleanQuery.Builder()
            .add(matching, Occur.MUST)
            .add(clauses ? CLAUSES : DEALS, Occur.FILTER)
            .add(readableBy(precedentQuery.readers()), Occur.FILTER);
    for (TermRange range : precedentQuery.ranges()) {
      base.add(
          LongPoint.newRangeQuery(
              NumericTerms.pointField(range.field()),
              range.min() == null ? Long.MIN_VALUE : NumericTerms.scaleUp(range.min()),
              range.max() == null ? Long.MAX_VALUE : NumericTerms.scaleDown(range.max())),
          Occur.FILTER);
    }
    Set<PrecedentFacet> counted = EnumSet.noneOf(PrecedentFacet.class);
    for (PrecedentFacet facet : PrecedentFacet.values()) {
      if (clauses || !facet.clauseLevel()) {
        counted.add(facet);
      }
    }
    Map<PrecedentFacet, Set<String>> selection = new EnumMap<>(PrecedentFacet.class);
    precedentQuery
        .filters()
        .forEach(
            (facet, values) -> {
              if (counted.contains(facet) && values != null && !values.isEmpty()) {
                selection.put(facet, Set.copyOf(values));
              }
            });

    boolean relevance = precedentQuery.sort() == PrecedentSort.RELEVANCE;
    Sort sort =
        switch (precedentQuery.sort()) {
          case RELEVANCE -> BY_RELEVANCE;
          case NEWEST -> BY_NEWEST;
          case OLDEST -> BY_OLDEST;
        };
    String digestSource = digestSource(precedentQuery);
    FieldDoc after =
        precedentQuery.page() == null
            ? null
            : PageCursor.decode(precedentQuery.page(), digestSource).after(relevance);
    int limit = Math.min(precedentQuery.limit(), MAX_LIMIT);
    // One more than shown tells whether there is a next page.
    TopFieldCollector page = TopFieldCollector.create(sort, limit + 1, after, Integer.MAX_VALUE);
    PrecedentCollector collector =
        new PrecedentCollector(page, selection, counted, precedentQuery.histogram());
    try {
      searcher.search(base.build(), collector);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyWords(precedentQuery.text(), e);
    }
    ScoreDoc[] scoreDocs = page.topDocs().scoreDocs;
    int shown = Math.min(limit, scoreDocs.length);
    if (relevance) {
      for (int i = 0; i < shown; i++) {
        scoreDocs[i].score = (Float) ((FieldDoc) scoreDocs[i]).fields[0];
      }
    }
    String nextPage = null;
    if (scoreDocs.length > limit) {
      FieldDoc last = (FieldDoc) scoreDocs[limit - 1];
      nextPage =
          relevance
              ? PageCursor.encode(
                  digestSource,
                  (Float) last.fields[0],
                  (Long) last.fields[1],
                  (Long) last.fields[2])
              : PageCursor.encode(digestSource, 0f, (Long) last.fields[0], (Long) last.fields[1]);
    }
    List<PrecedentHit> hits =
        toHits(
            searcher,
            precedentQuery.text().isBlank() ? null : matching,
            scoreDocs,
            shown,
            clauses ? PrecedentMapping.TEXT : PrecedentMapping.CONTRACT_TEXT,
            relevance);
    return new PrecedentResults(
        collector.total(),
        hits,
        collector.facets(MAX_FACET_VALUES),
        collector.ranges(),
        collector.histogram(),
        nextPage);
  }

  /**
   * Clauses worded like the given one: a more-like-this query over clause text, restricted to
   * clause documents the caller may read and outside the excluded deal. Candidates are found by the
   * clause's {@link #SIMILAR_FIRST_PASS_TERMS} most distinctive words and the best {@link
   * #SIMILAR_FIRST_PASS_WINDOW} of them scored again by all its distinctive words. The best {@link
   * #SIMILAR_CANDIDATES} per wanted hit are then re-ranked with the score of a clause sharing a
   * type with the given clause multiplied by {@link #SAME_TYPE_BOOST}; re-ranking a window rather
   * than boosting inside the query lets the first pass skip documents that cannot make the top.
   * Where fewer candidates than that share the most distinctive words, all words find them.
   */
  List<PrecedentHit> similarClauses(IndexSearcher searcher, SimilarClauseQuery query)
      throws IOException {
    return similarClauses(searcher, query, SIMILAR_FIRST_PASS_TERMS);
  }

  /**
   * {@link #similarClauses(IndexSearcher, SimilarClauseQuery)} with candidates found by the given
   * number of most distinctive words; {@link #MLT_MAX_QUERY_TERMS} or more finds them by all.
   */
  List<PrecedentHit> similarClauses(
      IndexSearcher searcher, SimilarClauseQuery query, int firstPassTerms) throws IOException {
    if (query.readers().isEmpty() || query.text().isBlank()) {
      return List.of();
    }
    Query like = moreLikeThis(searcher, PrecedentMapping.TEXT, likenessText(query));
    int limit = Math.min(query.limit(), MAX_LIMIT);
    int window = limit * SIMILAR_CANDIDATES;
    TopDocs top =
        searcher.search(
            similarClauseCandidates(searcher, query, firstPassTerms),
            Math.max(window, SIMILAR_FIRST_PASS_WINDOW));
    if (top.scoreDocs.length < window) {
      // Few clauses share the most distinctive words (a small index, or rare words): ones that
      // share only the others may belong among the most similar, and all of them are few to score.
      top = searcher.search(visibleClausesMatching(like, query), window);
    } else {
      // The candidates' words are among the clause's words, so every candidate matches `like`.
      top =
          new QueryRescorer(like) {
            @Override
            protected float combine(
                float firstPassScore, boolean secondPassMatches, float secondPassScore) {
              return secondPassMatches ? secondPassScore : firstPassScore;
            }
          }.rescore(searcher, top, window);
    }
    Set<ClauseType> types = EnumSet.copyOf(ClauseTypes.classify(query.heading(), query.text()));
    types.remove(ClauseType.GENERAL);
    if (!types.isEmpty() && top.scoreDocs.length > 1) {
      List<BytesRef> names = new ArrayList<>();
      for (ClauseType type : types) {
        names.add(new BytesRef(type.name().toLowerCase(Locale.ROOT)));
      }
      top =
          new QueryRescorer(new TermInSetQuery(PrecedentMapping.TYPE, names)) {
            @Override
            protected float combine(
                float firstPassScore, boolean secondPassMatches, float secondPassScore) {
              return secondPassMatches ? firstPassScore * SAME_TYPE_BOOST : firstPassScore;
            }
          }.rescore(searcher, top, limit);
    }
    int count = Math.min(limit, top.scoreDocs.length);
    return toHits(searcher, like, top.scoreDocs, count, PrecedentMapping.TEXT, true);
  }

  /**
   * The clauses the readers may see, outside the excluded deal, that share one of the given
   * clause's {@code terms} most distinctive words.
   */
  Query similarClauseCandidates(IndexSearcher searcher, SimilarClauseQuery query, int terms)
      throws IOException {
    return visibleClausesMatching(
        moreLikeThis(
            searcher,
            PrecedentMapping.TEXT,
            likenessText(query),
            Math.min(terms, MLT_MAX_QUERY_TERMS)),
        query);
  }

  private static String likenessText(SimilarClauseQuery query) {
    return query.heading().isBlank() || query.text().contains(query.heading())
        ? query.text()
        : query.heading() + "\n" + query.text();
  }

  /**
   * Clause documents matching {@code words} that the readers may see, outside the excluded deal.
   */
  private static Query visibleClausesMatching(Query words, SimilarClauseQuery query) {
    return visibleMatching(words, CLAUSES, query.readers(), query.excludeDealId());
  }

  /**
   * Documents of the kind ({@link #CLAUSES} or {@link #DEALS}) matching {@code scored} that the
   * readers may see, outside the excluded deal (none when null).
   */
  private static Query visibleMatching(
      Query scored, Query kind, Set<String> readers, String excludeDealId) {
    BooleanQuery.Builder builder =
        new BooleanQuery.Builder()
            .add(scored, Occur.MUST)
            .add(kind, Occur.FILTER)
            .add(readableBy(readers), Occur.FILTER);
    if (excludeDealId != null) {
      builder.add(new TermQuery(PrecedentMapping.idTerm(excludeDealId)), Occur.MUST_NOT);
    }
    return builder.build();
  }

  /**
   * Deals like the given one: more-like-this over the contract text and the use case, the deal
   * sheet's vendor, models, hosting model and risk tier multiplying the score when they match.
   */
  List<PrecedentHit> similarDeals(IndexSearcher searcher, SimilarDealQuery query)
      throws IOException {
    if (query.readers().isEmpty()) {
      return List.of();
    }
    QueryBuilder phrases = new QueryBuilder(indexAnalyzer);
    BooleanQuery.Builder anyLikeness = new BooleanQuery.Builder();
    int likenesses = 0;
    if (!query.contractText().isBlank()) {
      anyLikeness.add(
          moreLikeThis(searcher, PrecedentMapping.CONTRACT_TEXT, query.contractText()),
          Occur.SHOULD);
      likenesses++;
    }
    if (query.useCase() != null && !query.useCase().isBlank()) {
      anyLikeness.add(
          moreLikeThis(searcher, PrecedentMapping.USE_CASE, query.useCase()), Occur.SHOULD);
      likenesses++;
    }
    List<Query> sheetMatches = new ArrayList<>();
    List<Float> sheetBoosts = new ArrayList<>();
    Query vendor = phrase(phrases, PrecedentMapping.VENDOR, query.vendor());
    if (vendor != null) {
      sheetMatches.add(vendor);
      sheetBoosts.add(SAME_VENDOR_BOOST);
    }
    BooleanQuery.Builder models = new BooleanQuery.Builder();
    int modelCount = 0;
    for (String model : query.models()) {
      Query modelQuery = phrase(phrases, PrecedentMapping.MODELS, model);
      if (modelQuery != null) {
        models.add(modelQuery, Occur.SHOULD);
        modelCount++;
      }
    }
    if (modelCount > 0) {
      sheetMatches.add(models.build());
      sheetBoosts.add(SHARED_MODEL_BOOST);
    }
    Query hosting = keyword(PrecedentMapping.HOSTING_MODEL, query.hostingModel());
    if (hosting != null) {
      sheetMatches.add(hosting);
      sheetBoosts.add(SAME_HOSTING_BOOST);
    }
    Query risk = keyword(PrecedentMapping.RISK_TIER, query.riskTier());
    if (risk != null) {
      sheetMatches.add(risk);
      sheetBoosts.add(SAME_RISK_TIER_BOOST);
    }
    // Sheet matches also make a deal a candidate, with a small score, for a deal without text.
    for (Query sheetMatch : sheetMatches) {
      anyLikeness.add(new ConstantScoreQuery(sheetMatch), Occur.SHOULD);
      likenesses++;
    }
    if (likenesses == 0) {
      return List.of();
    }
    Query scored = anyLikeness.build();
    for (int i = 0; i < sheetMatches.size(); i++) {
      scored = FunctionScoreQuery.boostByQuery(scored, sheetMatches.get(i), sheetBoosts.get(i));
    }
    TopDocs top =
        searcher.search(
            visibleMatching(scored, DEALS, query.readers(), query.excludeDealId()),
            Math.min(query.limit(), MAX_LIMIT));
    return toHits(searcher, null, top.scoreDocs, top.scoreDocs.length, null, true);
  }

  private Query moreLikeThis(IndexSearcher searcher, String field, String text) throws IOException {
    return moreLikeThis(searcher, field, text, MLT_MAX_QUERY_TERMS);
  }

  /** Any document sharing one of the {@code terms} most distinctive words of the text. */
  private Query moreLikeThis(IndexSearcher searcher, String field, String text, int terms)
      throws IOException {
    MoreLikeThis moreLikeThis = new MoreLikeThis(searcher.getIndexReader());
    moreLikeThis.setAnalyzer(indexAnalyzer);
    moreLikeThis.setFieldNames(new String[] {field});
    moreLikeThis.setMinTermFreq(1);
    moreLikeThis.setMinDocFreq(1);
    moreLikeThis.setMaxQueryTerms(terms);
    moreLikeThis.setMaxDocFreq(
        Math.max(
            MLT_MIN_MAX_DOC_FREQ,
            (int) ((long) searcher.getIndexReader().numDocs() * MLT_MAX_DOC_FREQ_PERCENT / 100)));
    return moreLikeThis.like(field, new StringReader(text));
  }

  private static Query phrase(QueryBuilder builder, String field, String text) {
    return text == null || text.isBlank() ? null : builder.createPhraseQuery(field, text);
  }

  private static Query keyword(String field, String value) {
    return value == null || value.isBlank()
        ? null
        : new TermQuery(new Term(field, value.toLowerCase(Locale.ROOT)));
  }

  /**
   * The hits of the first {@code count} documents, highlighting {@code field} for {@code matching};
   * a document without a match in it shows the opening of its text instead.
   */
  private List<PrecedentHit> toHits(
      IndexSearcher searcher,
      Query matching,
      ScoreDoc[] scoreDocs,
      int count,
      String field,
      boolean withScores)
      throws IOException {
    int[] docIds = new int[count];
    for (int i = 0; i < count; i++) {
      docIds[i] = scoreDocs[i].doc;
    }
    StoredFields storedFields = searcher.storedFields();
    Document[] documents = new Document[count];
    String[] texts = new String[count];
    for (int i = 0; i < count; i++) {
      documents[i] = storedFields.document(docIds[i]);
      texts[i] = field == null ? null : documents[i].get(field);
    }
    List<List<String>> fragments =
        matching == null || field == null || count == 0
            ? null
            : new ContractTextHighlighter(searcher, indexAnalyzer)
                .fragments(field, matching, docIds, texts);
    List<PrecedentHit> hits = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Document document = documents[i];
      List<String> fragmentsOfHit = fragments == null ? List.of() : fragments.get(i);
      if (fragmentsOfHit.isEmpty()) {
        fragmentsOfHit =
            ContractTextHighlighter.opening(
                document.get(
                    PrecedentMapping.isClause(document)
                        ? PrecedentMapping.TEXT
                        : PrecedentMapping.CONTRACT_TEXT));
      }
      float score = withScores ? scoreDocs[i].score : 0f;
      hits.add(PrecedentMapping.toHit(document, score, fragmentsOfHit));
    }
    return hits;
  }

  /**
   * Part of the query rather than a check on the results, so the limit, the totals and every count
   * cover visible documents only.
   */
  private static Query readableBy(Set<String> readers) {
    List<BytesRef> principals = readers.stream().map(BytesRef::new).toList();
    return new TermInSetQuery(PrecedentMapping.READERS, principals);
  }

  /** Everything that decides which hits a search has and in what order, for page tokens. */
  private static String digestSource(PrecedentQuery query) {
    StringBuilder source =
        new StringBuilder()
            .append(query.granularity())
            .append('\n')
            .append(query.sort())
            .append('\n')
            .append(query.text())
            .append('\n')
            .append(new TreeSet<>(query.readers()));
    for (PrecedentFacet facet : PrecedentFacet.values()) {
      Set<String> values = query.filters().get(facet);
      if (values != null && !values.isEmpty()) {
        source.append('\n').append(facet).append('=').append(new TreeSet<>(values));
      }
    }
    for (TermRange range : query.ranges()) {
      source.append('\n').append(range.field()).append(':');
      source.append(range.min() == null ? "" : range.min().stripTrailingZeros().toPlainString());
      source.append("..");
      source.append(range.max() == null ? "" : range.max().stripTrailingZeros().toPlainString());
    }
    return source.toString();
  }

  /**
   * Looks for words without a field in several fields. Lucene's own multi-field parser merges the
   * per-field queries clause by clause, which is right for plain words ("northwind liability": each
   * word in any field, all words required) but wrong for synonym graphs, whose alternatives it
   * would require in every field. Here the per-field queries are merged word by word only when each
   * is a plain conjunction of the same length; otherwise a match in any one field suffices.
   */
  private static final class FieldsParser extends MultiFieldQueryParser {

    private final String[] fieldNames;
    private final Map<String, Float> fieldBoosts;

    FieldsParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
      this.fieldNames = fields;
      this.fieldBoosts = boosts;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field != null) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      List<Query> perField = new ArrayList<>(fieldNames.length);
      List<Float> boostOfField = new ArrayList<>(fieldNames.length);
      int conjunctionLength = -1;
      boolean conjunctions = true;
      for (String name : fieldNames) {
        Query query = super.getFieldQuery(name, queryText, quoted);
        if (query == null) {
          continue;
        }
        perField.add(query);
        boostOfField.add(fieldBoosts.getOrDefault(name, 1f));
        int length = conjunctionLength(query);
        if (length < 2 || (conjunctionLength >= 0 && length != conjunctionLength)) {
          conjunctions = false;
        }
        conjunctionLength = length;
      }
      if (perField.isEmpty()) {
        return null;
      }
      if (!conjunctions) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (int i = 0; i < perField.size(); i++) {
          anyField.add(boosted(perField.get(i), boostOfField.get(i)), Occur.SHOULD);
        }
        // Wrapped, since the parser spreads the clauses of a returned query over its own.
        return new BooleanQuery.Builder().add(anyField.build(), Occur.MUST).build();
      }
      BooleanQuery.Builder everyWord = new BooleanQuery.Builder();
      for (int word = 0; word < conjunctionLength; word++) {
        BooleanQuery.Builder anyField = new BooleanQuery.Builder();
        for (int i = 0; i < perField.size(); i++) {
          Query wordInField = ((BooleanQuery) perField.get(i)).clauses().get(word).getQuery();
          anyField.add(boosted(wordInField, boostOfField.get(i)), Occur.SHOULD);
        }
        everyWord.add(anyField.build(), Occur.MUST);
      }
      return everyWord.build();
    }

    /** The number of required clauses of a pure conjunction; -1 for anything else. */
    private static int conjunctionLength(Query query) {
      if (!(query instanceof BooleanQuery booleanQuery)) {
        return -1;
      }
      for (var clause : booleanQuery.clauses()) {
        if (clause.getOccur() != Occur.MUST) {
          return -1;
        }
      }
      return booleanQuery.clauses().size();
    }

    private static Query boosted(Query query, float boost) {
      return boost == 1f ? query : new org.apache.lucene.search.BoostQuery(query, boost);
    }
  }

  private static PrecedentQueryException tooManyWords(String text, RuntimeException e) {
    return new PrecedentQueryException(
        "The search \"" + text + "\" matches too many words; be more specific.", e);
  }

  /** The parser's first line, without its own repetition of the query. */
  private static String reason(String text, ParseException e) {
    String message = e.getMessage();
    int end = message.indexOf('\n');
    String firstLine = end < 0 ? message : message.substring(0, end);
    String echo = "Cannot parse '" + PrecedentAnalysis.normaliseQuery(text) + "': ";
    return (firstLine.startsWith(echo) ? firstLine.substring(echo.length()) : firstLine).strip();
  }
}
