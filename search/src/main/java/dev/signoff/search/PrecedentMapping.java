package dev.signoff.search;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/** The field names of a precedent and the translation between a deal and a Lucene document. */
final class PrecedentMapping {

  static final String DEAL_ID = "dealId";
  static final String TITLE = "title";
  static final String VENDOR = "vendor";
  static final String MODELS = "models";
  static final String HOSTING_MODEL = "hostingModel";
  static final String USE_CASE = "useCase";
  static final String OUTCOME = "outcome";
  static final String CONTRACT_TEXT = "contractText";
  static final String DECIDED_AT = "decidedAt";
  static final String READERS = "readers";

  /** Stored, analysed, with offsets in the postings so the highlighter need not re-analyse. */
  private static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  private PrecedentMapping() {}

  static Term idTerm(String dealId) {
    return new Term(DEAL_ID, dealId);
  }

  static Document toDocument(PrecedentDocument precedent) {
    Document document = new Document();
    document.add(new StringField(DEAL_ID, precedent.dealId(), Field.Store.YES));
    addText(document, TITLE, precedent.title(), HIGHLIGHTED_TEXT);
    addText(document, VENDOR, precedent.vendor(), TextField.TYPE_STORED);
    for (String model : precedent.models()) {
      addText(document, MODELS, model, TextField.TYPE_STORED);
    }
    addKeyword(document, HOSTING_MODEL, precedent.hostingModel());
    addText(document, USE_CASE, precedent.useCase(), TextField.TYPE_NOT_STORED);
    addKeyword(document, OUTCOME, precedent.outcome());
    addText(document, CONTRACT_TEXT, precedent.contractText(), HIGHLIGHTED_TEXT);
    long decidedAt = precedent.decidedAt().toEpochMilli();
    document.add(new StoredField(DECIDED_AT, decidedAt));
    document.add(new NumericDocValuesField(DECIDED_AT, decidedAt));
    for (String reader : precedent.readers()) {
      document.add(new StringField(READERS, reader, Field.Store.NO));
    }
    return document;
  }

  static PrecedentHit toHit(Document document, float score, List<String> fragments) {
    return new PrecedentHit(
        document.get(DEAL_ID),
        document.get(TITLE),
        document.get(VENDOR),
        List.of(document.getValues(MODELS)),
        document.get(HOSTING_MODEL),
        null,
        document.get(OUTCOME),
        Instant.ofEpochMilli(document.getField(DECIDED_AT).numericValue().longValue()),
        score,
        null,
        fragments);
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
