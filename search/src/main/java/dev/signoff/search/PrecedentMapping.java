package dev.signoff.search;

import dev.signoff.search.terms.ClauseType;
import dev.signoff.search.terms.ExtractedTerm;
import dev.signoff.search.terms.TermField;
import dev.signoff.search.terms.TermValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The field names of a precedent and the translation between a deal and its Lucene documents.
 *
 * <p>A deal becomes a block of documents that all carry the deal's id: one per clause, in clause
 * order, then one for the deal. The block is written with {@code updateDocuments} on the id term,
 * so a deal and its clauses are replaced or deleted together and atomically.
 *
 * <p>Both kinds carry the readers, the deal's facets, its decision time and a tie-break value for
 * stable paging. A clause document adds the clause's text, heading, types, section decision and the
 * terms extracted from it; a deal document carries the whole contract and, for deal-level term
 * ranges, the numeric terms of all its clauses. The deal's display fields are stored on every
 * document, so a page of hits loads only the page's own documents.
 */
final class PrecedentMapping {

  static final String KIND = "kind";
  static final String KIND_DEAL = "deal";
  static final String KIND_CLAUSE = "clause";

  static final String DEAL_ID = "dealId";
  static final String TITLE = "title";
  static final String VENDOR = "vendor";
  static final String MODELS = "models";
  static final String HOSTING_MODEL = "hostingModel";
  static final String USE_CASE = "useCase";
  static final String RISK_TIER = "riskTier";
  static final String OUTCOME = "outcome";
  static final String CONTRACT_TEXT = "contractText";
  static final String DECIDED_AT = "decidedAt";
  static final String READERS = "readers";

  static final String POSITION = "position";
  static final String NUMBER = "number";
  static final String HEADING = "heading";
  static final String TEXT = "text";
  static final String TYPE = "type";
  static final String OWNER = "owner";
  static final String DECISION = "decision";
  static final String TERMS = "terms";

  /** Every facet value of a document as {@code FACET<US>value}, one doc-values field for all. */
  static final String FACETS = "facets";

  /** Every numeric term value of a document, tagged with its field (see {@link NumericTerms}). */
  static final String TERM_VALUES = "termValues";

  /** A per-document value that orders documents with equal score and time the same every time. */
  static final String TIE_BREAK = "tieBreak";

  static final char SEPARATOR = '\u001f';

  /** Stored, analysed, with offsets in the postings so the highlighter need not re-analyse. */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  /** Below this many clauses a deal is mapped on the calling thread alone. */
  private static final int PARALLEL_FROM = 4;

  private static final Map<TermField, PrecedentFacet> FLAG_FACETS =
      Map.of(
          TermField.LIABILITY_CARVE_OUTS, PrecedentFacet.LIABILITY_CARVE_OUTS,
          TermField.PREVIOUS_VERSION_RIGHT, PrecedentFacet.PREVIOUS_VERSION_RIGHT,
          TermField.ESCROW, PrecedentFacet.ESCROW,
          TermField.TRAINING_USE, PrecedentFacet.TRAINING_USE);

  private PrecedentMapping() {}

  static Term idTerm(String dealId) {
    return new Term(DEAL_ID, dealId);
  }

  static BytesRef facetValue(PrecedentFacet facet, String value) {
    return new BytesRef(facet.name() + SEPARATOR + value);
  }

  /**
   * The block of a deal: its clause documents in order, then the deal document. Typing a clause and
   * extracting its terms is the bulk of the work of indexing, so a deal's clauses are mapped in
   * parallel on the common pool.
   */
  static List<Document> toDocuments(PrecedentDocument precedent) {
    List<PrecedentClause> clauses = precedent.clauses();
    IntStream positions = IntStream.range(0, clauses.size());
    if (clauses.size() >= PARALLEL_FROM) {
      positions = positions.parallel();
    }
    List<ClauseDocument> clauseDocuments =
        positions
            .mapToObj(position -> clauseDocument(precedent, position, clauses.get(position)))
            .toList();
    List<Document> documents = new ArrayList<>(clauses.size() + 1);
    Map<TermField, Set<Long>> dealValues = new EnumMap<>(TermField.class);
    for (ClauseDocument clauseDocument : clauseDocuments) {
      documents.add(clauseDocument.document());
      clauseDocument
          .values()
          .forEach(
              (field, values) ->
                  dealValues.computeIfAbsent(field, any -> new TreeSet<>()).addAll(values));
    }
    Document deal = new Document();
    deal.add(new StringField(KIND, KIND_DEAL, Field.Store.NO));
    addDeal(deal, precedent, -1);
    addText(deal, USE_CASE, precedent.useCase(), TextField.TYPE_NOT_STORED);
    addText(deal, CONTRACT_TEXT, precedent.contractText(), HIGHLIGHTED_TEXT);
    addNumericTerms(deal, dealValues);
    documents.add(deal);
    return documents;
  }

  /** A clause's document and its numeric term values, which its deal's document also gets. */
  private record ClauseDocument(Document document, Map<TermField, Set<Long>> values) {}

  private static ClauseDocument clauseDocument(
      PrecedentDocument precedent, int position, PrecedentClause clause) {
    Document document = new Document();
    document.add(new StringField(KIND, KIND_CLAUSE, Field.Store.NO));
    addDeal(document, precedent, position);
    document.add(new StoredField(POSITION, position));
    document.add(new StoredField(NUMBER, clause.number()));
    addText(document, HEADING, clause.heading(), TextField.TYPE_STORED);
    addText(document, TEXT, clause.text(), HIGHLIGHTED_TEXT);
    ClauseAnalysis analysis = ClauseAnalysis.of(clause.heading(), clause.text());
    for (ClauseType type : analysis.types()) {
      addKeyword(document, TYPE, type.name());
      addFacet(document, PrecedentFacet.CLAUSE_TYPE, type.name());
    }
    addKeyword(document, OWNER, clause.sectionOwner());
    addKeyword(document, DECISION, clause.sectionDecision());
    addFacet(document, PrecedentFacet.SECTION_DECISION, clause.sectionDecision());
    Map<TermField, Set<Long>> clauseValues = new EnumMap<>(TermField.class);
    for (ExtractedTerm term : analysis.terms()) {
      document.add(
          new StoredField(
              TERMS,
              term.field().name()
                  + SEPARATOR
                  + term.value().normalised()
                  + SEPARATOR
                  + term.matchedText()));
      PrecedentFacet facet = FLAG_FACETS.get(term.field());
      if (facet != null) {
        addFacet(document, facet, term.value().normalised());
      }
      BigDecimal amount = amountOf(term.value());
      if (amount != null) {
        long scaled = NumericTerms.scale(amount);
        clauseValues.computeIfAbsent(term.field(), field -> new TreeSet<>()).add(scaled);
      }
    }
    addNumericTerms(document, clauseValues);
    return new ClauseDocument(document, clauseValues);
  }

  /** The fields a deal and each of its clauses share. */
  private static void addDeal(Document document, PrecedentDocument precedent, int position) {
    document.add(new StringField(DEAL_ID, precedent.dealId(), Field.Store.YES));
    addText(document, TITLE, precedent.title(), TextField.TYPE_STORED);
    addText(document, VENDOR, precedent.vendor(), TextField.TYPE_STORED);
    for (String model : precedent.models()) {
      addText(document, MODELS, model, TextField.TYPE_STORED);
      addFacet(document, PrecedentFacet.MODEL, model);
    }
    addFacet(document, PrecedentFacet.VENDOR, precedent.vendor());
    addKeyword(document, HOSTING_MODEL, precedent.hostingModel());
    addFacet(document, PrecedentFacet.HOSTING_MODEL, precedent.hostingModel());
    addKeyword(document, RISK_TIER, precedent.riskTier());
    addFacet(document, PrecedentFacet.RISK_TIER, precedent.riskTier());
    addKeyword(document, OUTCOME, precedent.outcome());
    addFacet(document, PrecedentFacet.OUTCOME, precedent.outcome());
    addFacet(
        document,
        PrecedentFacet.YEAR,
        Integer.toString(precedent.decidedAt().atZone(ZoneOffset.UTC).getYear()));
    long decidedAt = precedent.decidedAt().toEpochMilli();
    document.add(new StoredField(DECIDED_AT, decidedAt));
    document.add(new NumericDocValuesField(DECIDED_AT, decidedAt));
    document.add(new NumericDocValuesField(TIE_BREAK, tieBreak(precedent.dealId(), position)));
    for (String reader : precedent.readers()) {
      document.add(new StringField(READERS, reader, Field.Store.NO));
    }
  }

  /** A 64-bit hash of the deal id and the clause position (-1 for the deal itself). */
  static long tieBreak(String dealId, int position) {
    byte[] bytes = (dealId + SEPARATOR + position).getBytes(StandardCharsets.UTF_8);
    long high = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x5160ff);
    long low = StringHelper.murmurhash3_x86_32(bytes, 0, bytes.length, 0x0ff5160);
    return (high << 32) | (low & 0xffffffffL);
  }

  private static BigDecimal amountOf(TermValue value) {
    if (value instanceof TermValue.Quantity quantity) {
      return quantity.amount();
    }
    if (value instanceof TermValue.Money money) {
      return money.amount();
    }
    return null;
  }

  private static void addNumericTerms(Document document, Map<TermField, Set<Long>> values) {
    values.forEach(
        (field, scaledValues) -> {
          long[] points = new long[scaledValues.size()];
          int i = 0;
          for (long scaled : scaledValues) {
            points[i++] = scaled;
            document.add(
                new SortedNumericDocValuesField(TERM_VALUES, NumericTerms.tag(field, scaled)));
          }
          for (long point : points) {
            document.add(new LongPoint(NumericTerms.pointField(field), point));
          }
        });
  }

  static boolean isClause(Document stored) {
    return stored.getField(POSITION) != null;
  }

  static PrecedentHit toHit(Document document, float score, List<String> fragments) {
    ClauseHit clause = null;
    IndexableField position = document.getField(POSITION);
    if (position != null) {
      List<HitTerm> terms = new ArrayList<>();
      for (String term : document.getValues(TERMS)) {
        int first = term.indexOf(SEPARATOR);
        int second = term.indexOf(SEPARATOR, first + 1);
        terms.add(
            new HitTerm(
                TermField.valueOf(term.substring(0, first)),
                term.substring(first + 1, second),
                term.substring(second + 1)));
      }
      clause =
          new ClauseHit(
              position.numericValue().intValue(),
              document.get(NUMBER),
              orEmpty(document.get(HEADING)),
              List.of(document.getValues(TYPE)),
              document.get(OWNER),
              document.get(DECISION),
              document.get(TEXT),
              terms);
    }
    return new PrecedentHit(
        document.get(DEAL_ID),
        document.get(TITLE),
        document.get(VENDOR),
        List.of(document.getValues(MODELS)),
        document.get(HOSTING_MODEL),
        document.get(RISK_TIER),
        document.get(OUTCOME),
        Instant.ofEpochMilli(document.getField(DECIDED_AT).numericValue().longValue()),
        Float.isNaN(score) ? 0f : score,
        clause,
        fragments);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static void addFacet(Document document, PrecedentFacet facet, String value) {
    if (value != null && !value.isBlank()) {
      document.add(new SortedSetDocValuesField(FACETS, facetValue(facet, value)));
    }
  }

  /** Indexed lower-cased for matching, stored as given for display. */
  private static void addKeyword(Document document, String name, String value) {
    if (value != null && !value.isBlank()) {
      document.add(new StringField(name, value.toLowerCase(Locale.ROOT), Field.Store.NO));
      document.add(new StoredField(name, value));
    }
  }

  private static void addText(Document document, String name, String value, FieldType type) {
    if (value != null && !value.isBlank()) {
      document.add(new Field(name, value, type));
    }
  }

  private static FieldType highlightedText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
