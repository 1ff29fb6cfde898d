package dev.signoff.bench;

import dev.signoff.search.PrecedentFacet;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query mix on PostgreSQL full-text search over one connection: the top 10 clauses by {@code
 * ts_rank} (newest first among equals) with {@code ts_headline} fragments, and the facet counts of
 * all hits by {@code GROUP BY}, where a selected facet is counted without its own selection as the
 * Signoff side does. Not thread-safe: one instance per client.
 */
final class BaselineSearch implements AutoCloseable {

  /** The facets counted, with their columns. */
  private static final Map<PrecedentFacet, String> FACET_COLUMNS = new LinkedHashMap<>();

  static {
    FACET_COLUMNS.put(PrecedentFacet.VENDOR, "vendor");
    FACET_COLUMNS.put(PrecedentFacet.OUTCOME, "outcome");
    FACET_COLUMNS.put(PrecedentFacet.HOSTING_MODEL, "hosting_model");
    FACET_COLUMNS.put(PrecedentFacet.YEAR, "year::text");
    FACET_COLUMNS.put(PrecedentFacet.CLAUSE_TYPE, "unnest(clause_types)");
  }

  /** What one query found. */
  record Result(long total, List<String> fragments, Map<String, Long> facetValues) {}

  private final Connection connection;
  private final List<QuerySpec> mix;
  private final PreparedStatement[] topStatements;
  private final PreparedStatement[] facetStatements;
  private final Array readers;

  BaselineSearch(Connection connection, List<QuerySpec> mix) throws SQLException {
    this.connection = connection;
    this.mix = mix;
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET statement_timeout = '30s'");
    }
    this.readers = connection.createArrayOf("text", Readers.CALLER.toArray());
    this.topStatements = new PreparedStatement[mix.size()];
    this.facetStatements = new PreparedStatement[mix.size()];
    for (int i = 0; i < mix.size(); i++) {
      topStatements[i] = connection.prepareStatement(topSql(mix.get(i)));
      facetStatements[i] = connection.prepareStatement(facetSql(mix.get(i)));
    }
  }

  Result run(int index) throws SQLException {
    QuerySpec spec = mix.get(index);
    List<String> fragments = new ArrayList<>(QuerySpec.TOP);
    PreparedStatement top = topStatements[index];
    bind(top, spec, true);
    try (ResultSet rows = top.executeQuery()) {
      while (rows.next()) {
        fragments.add(rows.getString("fragment"));
      }
    }
    Map<String, Long> facetValues = new LinkedHashMap<>();
    long total = 0;
    PreparedStatement facets = facetStatements[index];
    bind(facets, spec, false);
    try (ResultSet rows = facets.executeQuery()) {
      while (rows.next()) {
        String facet = rows.getString(1);
        if (facet.equals("TOTAL")) {
          total = rows.getLong(3);
        } else {
          facetValues.put(facet + "=" + rows.getString(2), rows.getLong(3));
        }
      }
    }
    return new Result(total, fragments, facetValues);
  }

  /**
   * Binds the parameters in the order the statement names them: the words, then the readers and the
   * selected facet value (in the facet statement the selection comes first, as a column), then the
   * range.
   */
  private void bind(PreparedStatement statement, QuerySpec spec, boolean readersFirst)
      throws SQLException {
    int parameter = 1;
    statement.setString(parameter++, spec.text());
    if (readersFirst) {
      statement.setArray(parameter++, readers);
    }
    if (spec.facet() != null) {
      statement.setString(parameter++, spec.facetValue());
    }
    if (!readersFirst) {
      statement.setArray(parameter++, readers);
    }
    if (spec.rangeField() != null) {
      statement.setBigDecimal(parameter++, spec.min());
      statement.setBigDecimal(parameter, spec.max());
    }
  }

  private static String topSql(QuerySpec spec) {
    return "WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q),"
        + " top AS (SELECT c.deal_no, c.position, c.text, c.decided_at, ts_rank(c.tsv, q.q) AS"
        + " rank FROM bench.clauses c, q WHERE c.tsv @@ q.q AND c.readers && ?"
        + (spec.facet() == null ? "" : " AND " + facetCondition(spec.facet()))
        + rangeCondition(spec)
        + " ORDER BY rank DESC, c.decided_at DESC LIMIT "
        + QuerySpec.TOP
        + ")"
        + " SELECT top.deal_no, top.position, top.rank, ts_headline('english', top.text, q.q,"
        + " 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=12') AS"
        + " fragment FROM top, q ORDER BY top.rank DESC, top.decided_at DESC";
  }

  private static String facetSql(QuerySpec spec) {
    StringBuilder sql =
        new StringBuilder(
            "WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q), hits AS MATERIALIZED"
                + " (SELECT c.vendor, c.outcome, c.hosting_model, c.year, c.clause_types, ");
    sql.append(spec.facet() == null ? "true" : facetCondition(spec.facet()));
    sql.append(" AS selected FROM bench.clauses c, q WHERE c.tsv @@ q.q AND c.readers && ?");
    sql.append(rangeCondition(spec)).append(")");
    sql.append(" SELECT 'TOTAL', NULL, count(*) FROM hits WHERE selected");
    for (Map.Entry<PrecedentFacet, String> facet : FACET_COLUMNS.entrySet()) {
      String where = facet.getKey() == spec.facet() ? "" : " WHERE selected";
      String column = facet.getValue();
      if (facet.getKey() == PrecedentFacet.CLAUSE_TYPE) {
        sql.append(" UNION ALL SELECT '")
            .append(facet.getKey())
            .append("', clause_type, count(*) FROM hits, unnest(clause_types) AS clause_type")
            .append(where)
            .append(" GROUP BY clause_type");
      } else {
        sql.append(" UNION ALL SELECT '")
            .append(facet.getKey())
            .append("', ")
            .append(column)
            .append(", count(*) FROM hits")
            .append(where)
            .append(" GROUP BY ")
            .append(column);
      }
    }
    return sql.toString();
  }

  private static String facetCondition(PrecedentFacet facet) {
    return switch (facet) {
      case VENDOR -> "c.vendor = ?";
      case OUTCOME -> "c.outcome = ?";
      case HOSTING_MODEL -> "c.hosting_model = ?";
      case YEAR -> "c.year = ?::int";
      case CLAUSE_TYPE -> "c.clause_types @> ARRAY[?]::text[]";
      default -> throw new IllegalArgumentException("No column for the facet " + facet);
    };
  }

  private static String rangeCondition(QuerySpec spec) {
    if (spec.rangeField() == null) {
      return "";
    }
    String column = BaselineStore.TERM_COLUMNS.get(spec.rangeField());
    return " AND c." + column + " BETWEEN ? AND ?";
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
