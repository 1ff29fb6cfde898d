package dev.signoff.bench;

import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticTerm;
import dev.signoff.search.corpus.SyntheticDeals;
import dev.signoff.search.terms.TermField;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The deals in PostgreSQL, laid out as a team would for full-text search without Signoff: a deals
 * table (the system of record a rebuild reads), its readers, and one row per clause carrying the
 * deal's facets, its readers, the numeric terms as columns for range filters and a {@code tsvector}
 * (english) under a GIN index.
 *
 * <p>The numeric columns hold the values the generator wrote into each clause, the values an
 * extractor run at write time would store; the load does not pay for an extraction.
 */
final class BaselineStore {

  static final String SCHEMA = "bench";

  /** The clause table's column for each numeric term. */
  static final Map<TermField, String> TERM_COLUMNS = new EnumMap<>(TermField.class);

  static {
    TERM_COLUMNS.put(TermField.LIABILITY_CAP_MONTHS, "liability_cap_months");
    TERM_COLUMNS.put(TermField.LIABILITY_CAP_AMOUNT, "liability_cap_amount");
    TERM_COLUMNS.put(TermField.BREACH_NOTIFICATION_HOURS, "breach_notification_hours");
    TERM_COLUMNS.put(TermField.CHANGE_NOTICE_DAYS, "change_notice_days");
    TERM_COLUMNS.put(TermField.UPTIME_PERCENT, "uptime_percent");
    TERM_COLUMNS.put(TermField.LATENCY_P95_MS, "latency_p95_ms");
    TERM_COLUMNS.put(TermField.LATENCY_P99_MS, "latency_p99_ms");
    TERM_COLUMNS.put(TermField.PROMPT_RETENTION_DAYS, "prompt_retention_days");
    TERM_COLUMNS.put(TermField.DELETION_AFTER_TERMINATION_DAYS, "deletion_after_termination_days");
    TERM_COLUMNS.put(TermField.PRICE_INCREASE_CAP_PERCENT, "price_increase_cap_percent");
    TERM_COLUMNS.put(
        TermField.TERMINATION_CONVENIENCE_NOTICE_DAYS, "termination_convenience_notice_days");
  }

  private static final List<TermField> TERM_ORDER = List.copyOf(TERM_COLUMNS.keySet());

  private BaselineStore() {}

  /** Drops and recreates the bench schema with its tables, without indexes. */
  static void recreate(Connection connection) throws SQLException {
    StringBuilder termColumns = new StringBuilder();
    for (TermField field : TERM_ORDER) {
      termColumns.append(", ").append(TERM_COLUMNS.get(field)).append(" numeric");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      statement.execute("CREATE SCHEMA " + SCHEMA);
      statement.execute(
          "CREATE TABLE bench.deals (deal_no bigint PRIMARY KEY, deal_id text NOT NULL, title"
              + " text, vendor text, models text[], hosting_model text, use_case text, risk_tier"
              + " text, outcome text, decided_at timestamptz, contract_text text)");
      statement.execute("CREATE TABLE bench.deal_readers (deal_no bigint, principal text)");
      statement.execute(
          "CREATE TABLE bench.clauses (deal_no bigint, position int, number text, heading text,"
              + " text text, section_owner text, section_decision text, clause_types text[],"
              + " vendor text, outcome text, hosting_model text, decided_at timestamptz, year"
              + " int, readers text[]"
              + termColumns
              + ", tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED)");
    }
  }

  /** Indexes added after the load, as a bulk load does: GIN on the text and the readers. */
  static void index(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET maintenance_work_mem = '512MB'");
      statement.execute("ALTER TABLE bench.clauses ADD PRIMARY KEY (deal_no, position)");
      statement.execute("CREATE INDEX ON bench.deal_readers (deal_no)");
      statement.execute("CREATE INDEX clauses_tsv ON bench.clauses USING gin (tsv)");
      statement.execute("CREATE INDEX clauses_readers ON bench.clauses USING gin (readers)");
      statement.execute("ANALYZE bench.deals");
      statement.execute("ANALYZE bench.deal_readers");
      statement.execute("ANALYZE bench.clauses");
    }
  }

  /** Bytes of the bench tables with their indexes and TOAST data. */
  static long size(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet sizes =
            statement.executeQuery(
                "SELECT pg_total_relation_size('bench.deals') +"
                    + " pg_total_relation_size('bench.deal_readers') +"
                    + " pg_total_relation_size('bench.clauses')")) {
      sizes.next();
      return sizes.getLong(1);
    }
  }

  /** Bytes of the GIN index on the clause text alone. */
  static long textIndexSize(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet sizes = statement.executeQuery("SELECT pg_relation_size('bench.clauses_tsv')")) {
      sizes.next();
      return sizes.getLong(1);
    }
  }

  /**
   * Generates deals 0 to {@code count - 1} and streams them into the three tables with COPY, one
   * connection per table.
   *
   * @return the number of clauses loaded
   */
  static long load(
      SyntheticDeals generator,
      long count,
      Connection dealsConnection,
      Connection readersConnection,
      Connection clausesConnection)
      throws SQLException {
    CopyIn deals = copy(dealsConnection, "bench.deals");
    CopyIn readers = copy(readersConnection, "bench.deal_readers");
    CopyIn clauses =
        copy(
            clausesConnection,
            "bench.clauses (deal_no, position, number, heading, text, section_owner,"
                + " section_decision, clause_types, vendor, outcome, hosting_model, decided_at,"
                + " year, readers, "
                + String.join(", ", TERM_ORDER.stream().map(TERM_COLUMNS::get).toList())
                + ")");
    long clauseCount = 0;
    CopyRows dealRows = new CopyRows(deals);
    CopyRows readerRows = new CopyRows(readers);
    CopyRows clauseRows = new CopyRows(clauses);
    try {
      for (long n = 0; n < count; n++) {
        SyntheticDeal deal = generator.deal(n);
        List<String> principals = Readers.of(n);
        String decidedAt = deal.decidedAt().toString();
        dealRows
            .value(n)
            .value(deal.id())
            .value(deal.title())
            .value(deal.vendor())
            .array(deal.models())
            .value(deal.hostingModel())
            .value(deal.useCase())
            .value(deal.riskTier())
            .value(deal.outcome())
            .value(decidedAt)
            .value(deal.contractText())
            .end();
        for (String principal : principals) {
          readerRows.value(n).value(principal).end();
        }
        int year = deal.decidedAt().atZone(ZoneOffset.UTC).getYear();
        int position = 0;
        for (SyntheticClause clause : deal.clauses()) {
          clauseRows
              .value(n)
              .value(position++)
              .value(clause.number())
              .value(clause.heading())
              .value(clause.text())
              .value(clause.sectionOwner())
              .value(deal.decisions().get(clause.sectionOwner()))
              .array(List.of(clause.type()))
              .value(deal.vendor())
              .value(deal.outcome())
              .value(deal.hostingModel())
              .value(decidedAt)
              .value(year)
              .array(principals);
          for (TermField field : TERM_ORDER) {
            clauseRows.value(numericTerm(clause.terms(), field));
          }
          clauseRows.end();
          clauseCount++;
        }
      }
      dealRows.finish();
      readerRows.finish();
      clauseRows.finish();
    } catch (SQLException | RuntimeException e) {
      cancel(deals);
      cancel(readers);
      cancel(clauses);
      throw e;
    }
    return clauseCount;
  }

  /** The planted value of a numeric term, without its unit or currency; null when absent. */
  private static String numericTerm(List<SyntheticTerm> terms, TermField field) {
    for (SyntheticTerm term : terms) {
      if (term.field() == field) {
        String normalised = term.normalised();
        int space = normalised.indexOf(' ');
        return space < 0 ? normalised : normalised.substring(0, space);
      }
    }
    return null;
  }

  private static CopyIn copy(Connection connection, String table) throws SQLException {
    CopyManager copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    return copyManager.copyIn("COPY " + table + " FROM STDIN");
  }

  private static void cancel(CopyIn copy) {
    try {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    } catch (SQLException ignored) {
      // the load already failed; its own exception is the one worth reporting
    }
  }

  /** Rows in COPY's text format, sent in chunks of about a megabyte. */
  private static final class CopyRows {

    private static final int CHUNK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(CHUNK + 65_536);
    private boolean firstInRow = true;

    CopyRows(CopyIn copy) {
      this.copy = copy;
    }

    CopyRows value(Object value) {
      separate();
      if (value == null) {
        buffer.append("\\N");
      } else {
        escape(value.toString(), buffer);
      }
      return this;
    }

    CopyRows array(List<String> values) {
      separate();
      StringBuilder array = new StringBuilder("{");
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          array.append(',');
        }
        array.append('"');
        for (char c : values.get(i).toCharArray()) {
          if (c == '"' || c == '\\') {
            array.append('\\');
          }
          array.append(c);
        }
        array.append('"');
      }
      escape(array.append('}').toString(), buffer);
      return this;
    }

    void end() throws SQLException {
      buffer.append('\n');
      firstInRow = true;
      if (buffer.length() >= CHUNK) {
        flush();
      }
    }

    void finish() throws SQLException {
      flush();
      copy.endCopy();
    }

    private void separate() {
      if (!firstInRow) {
        buffer.append('\t');
      }
      firstInRow = false;
    }

    private void flush() throws SQLException {
      byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      buffer.setLength(0);
    }

    private static void escape(String value, StringBuilder out) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append(c);
        }
      }
    }
  }
}
