package dev.signoff.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.signoff.api.ReviewLoad.Acknowledged;
import dev.signoff.api.ReviewLoad.Answered;
import dev.signoff.api.ReviewLoad.Commented;
import dev.signoff.api.ReviewLoad.Decided;
import dev.signoff.api.ReviewLoad.Revised;
import dev.signoff.api.ReviewLoad.Submitted;
import dev.signoff.api.SignoffApi.Reply;
import dev.signoff.review.ReviewProcess;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a server's database, audit trails and index against the journal of acknowledged changes:
 * nothing acknowledged is lost, nothing happened twice, no deal is in a state the process cannot
 * produce, every audit chain verifies, every signed deal is found in the index. Reads the tables
 * directly where the API does not tell.
 */
final class Consistency {

  /** The counts of one check and a description of each finding. */
  record Findings(
      int lost,
      int duplicates,
      int impossible,
      int unverifiedChains,
      int missingFromIndex,
      List<String> details) {

    boolean clean() {
      return lost + duplicates + impossible + unverifiedChains + missingFromIndex == 0;
    }
  }

  private static final Set<String> ENDED = Set.of("SIGNED", "REJECTED", "WITHDRAWN");
  private static final Map<String, String> OPEN_TASK_OF_STAGE =
      Map.of(
          "IN_REVIEW", ReviewProcess.REVIEW_TASK,
          "CHANGES_REQUESTED", ReviewProcess.REVISION_TASK,
          "PRE_SIGNOFF", ReviewProcess.PRE_SIGNOFF_TASK,
          "FINAL_APPROVAL", ReviewProcess.FINAL_APPROVAL_TASK);
  private static final Map<String, String> SIGN_OFF_KIND_OF_TASK =
      Map.of(
          ReviewProcess.REVIEW_TASK, "REVIEW",
          ReviewProcess.PRE_SIGNOFF_TASK, "PRE_SIGNOFF",
          ReviewProcess.FINAL_APPROVAL_TASK, "FINAL_APPROVAL");

  private final String schema;
  private final SignoffApi api;
  private final List<String> details = new ArrayList<>();
  private int lost;
  private int duplicates;
  private int impossible;
  private int unverifiedChains;
  private int missingFromIndex;

  private Consistency(String schema, SignoffApi api) {
    this.schema = schema;
    this.api = api;
  }

  /**
   * Checks everything; the index is polled until every signed deal is found or {@code indexBound}
   * has passed.
   */
  static Findings check(
      String schema, SignoffApi api, List<Acknowledged> journal, Duration indexBound)
      throws SQLException, InterruptedException {
    Consistency check = new Consistency(schema, api);
    try (Connection connection = PostgresSchema.connect(schema)) {
      check.nothingLost(connection, journal);
      check.nothingTwice(connection);
      check.nothingImpossible(connection);
      check.chainsVerify(connection);
      check.signedDealsAreIndexed(connection, journal, indexBound);
    }
    return new Findings(
        check.lost,
        check.duplicates,
        check.impossible,
        check.unverifiedChains,
        check.missingFromIndex,
        List.copyOf(check.details));
  }

  private void nothingLost(Connection connection, List<Acknowledged> journal) throws SQLException {
    Map<String, Integer> answersAcknowledged = new HashMap<>();
    for (Acknowledged change : journal) {
      if (change instanceof Submitted submitted) {
        if (count(
                connection,
                "SELECT count(*) FROM deal d JOIN contract_document c ON c.deal_id = d.id"
                    + " WHERE d.id = ?::uuid AND c.version_number = 1 AND c.sha256 = ?",
                submitted.dealId(),
                submitted.sha256())
            != 1) {
          lost("submitted deal " + submitted.dealId() + " or its first contract");
        }
      } else if (change instanceof Answered answered) {
        answersAcknowledged.merge(answered.dealId(), 1, Integer::sum);
      } else if (change instanceof Decided decided) {
        completedOnce(connection, decided.dealId(), decided.taskId(), "decision " + decided);
      } else if (change instanceof Revised revised) {
        completedOnce(connection, revised.dealId(), revised.taskId(), "revision " + revised);
        if (count(
                connection,
                "SELECT count(*) FROM contract_document WHERE deal_id = ?::uuid AND sha256 = ?",
                revised.dealId(),
                revised.sha256())
            == 0) {
          lost("uploaded revision " + revised);
        }
      } else if (change instanceof Commented commented) {
        if (count(
                connection,
                "SELECT count(*) FROM thread_comment c JOIN comment_thread t ON t.id = c.thread_id"
                    + " WHERE c.id = ?::uuid AND t.id = ?::uuid AND t.deal_id = ?::uuid"
                    + " AND c.body = ?",
                commented.commentId(),
                commented.threadId(),
                commented.dealId(),
                commented.body())
            != 1) {
          lost("comment " + commented);
        }
      }
    }
    for (Map.Entry<String, Integer> answers : answersAcknowledged.entrySet()) {
      long recorded =
          count(
              connection,
              "SELECT count(*) FROM audit_entry WHERE deal_id = ?::uuid"
                  + " AND action = 'checklist.answered'",
              answers.getKey());
      if (recorded < answers.getValue()) {
        lost(
            answers.getValue()
                + " checklist answers acknowledged on deal "
                + answers.getKey()
                + ", "
                + recorded
                + " in its audit trail");
      }
    }
  }

  /** The task is completed in the engine's history and in the deal's audit trail. */
  private void completedOnce(Connection connection, String dealId, String taskId, String what)
      throws SQLException {
    long inHistory =
        count(
            connection,
            "SELECT count(*) FROM act_hi_taskinst WHERE id_ = ? AND end_time_ IS NOT NULL"
                + " AND delete_reason_ = 'completed'",
            taskId);
    long inAudit =
        count(
            connection,
            "SELECT count(*) FROM audit_entry WHERE deal_id = ?::uuid AND subject = ?"
                + " AND action = 'task.completed'",
            dealId,
            taskId);
    if (inHistory == 0 || inAudit == 0) {
      lost(what + " (engine history " + inHistory + ", audit " + inAudit + ")");
    }
  }

  private void nothingTwice(Connection connection) throws SQLException {
    twice(
        connection,
        "task completed more than once in the audit trail",
        "SELECT subject || ' x' || count(*) FROM audit_entry WHERE action = 'task.completed'"
            + " GROUP BY subject HAVING count(*) > 1");
    twice(
        connection,
        "deal submitted more than once",
        "SELECT deal_id || ' x' || count(*) FROM audit_entry WHERE action = 'deal.submitted'"
            + " GROUP BY deal_id HAVING count(*) > 1");
    twice(
        connection,
        "more than one process instance for a deal",
        "SELECT business_key_ || ' x' || count(*) FROM act_hi_procinst"
            + " GROUP BY business_key_ HAVING count(*) > 1");
    twice(
        connection,
        "the same contract uploaded twice",
        "SELECT deal_id || ' ' || sha256 || ' x' || count(*) FROM contract_document"
            + " GROUP BY deal_id, sha256 HAVING count(*) > 1");
    twice(
        connection,
        "the same comment posted twice",
        "SELECT body || ' x' || count(*) FROM thread_comment GROUP BY body HAVING count(*) > 1");
  }

  private void nothingImpossible(Connection connection) throws SQLException {
    impossible(
        connection,
        "a deal without its first contract or its audit chain",
        "SELECT d.id || ' ' || d.stage FROM deal d WHERE NOT EXISTS (SELECT 1 FROM"
            + " contract_document c WHERE c.deal_id = d.id AND c.version_number = 1) OR NOT EXISTS"
            + " (SELECT 1 FROM audit_chain a WHERE a.deal_id = d.id)");
    impossible(
        connection,
        "an ended deal with a running process instance",
        "SELECT d.id || ' ' || d.stage FROM deal d JOIN act_ru_execution e"
            + " ON e.business_key_ = d.id::text AND e.id_ = e.proc_inst_id_"
            + " WHERE d.stage IN ('SIGNED', 'REJECTED', 'WITHDRAWN')");
    impossible(
        connection,
        "an ended deal with open tasks",
        "SELECT d.id || ' ' || d.stage || ' ' || t.task_def_key_ FROM deal d"
            + " JOIN act_ru_execution e ON e.business_key_ = d.id::text AND e.id_ = e.proc_inst_id_"
            + " JOIN act_ru_task t ON t.proc_inst_id_ = e.id_"
            + " WHERE d.stage IN ('SIGNED', 'REJECTED', 'WITHDRAWN')");
    impossible(
        connection,
        "a deal under review without a running process instance",
        "SELECT d.id || ' ' || d.stage FROM deal d WHERE d.stage NOT IN ('SIGNED', 'REJECTED',"
            + " 'WITHDRAWN') AND NOT EXISTS (SELECT 1 FROM act_ru_execution e"
            + " WHERE e.business_key_ = d.id::text AND e.id_ = e.proc_inst_id_)");
    impossible(
        connection,
        "a signed deal with a sign-off that is not an approval",
        "SELECT d.id || ' ' || s.review_group || ' ' || s.kind || ' ' || s.status FROM deal d"
            + " JOIN sign_off s ON s.deal_id = d.id WHERE d.stage = 'SIGNED'"
            + " AND s.status NOT IN ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'CANCELLED')");
    for (Map.Entry<String, String> stage : OPEN_TASK_OF_STAGE.entrySet()) {
      impossible(
          connection,
          "a deal in " + stage.getKey() + " without an open " + stage.getValue(),
          "SELECT d.id || ' ' || d.stage FROM deal d WHERE d.stage = '"
              + stage.getKey()
              + "' AND NOT EXISTS (SELECT 1 FROM act_ru_execution e JOIN act_ru_task t"
              + " ON t.proc_inst_id_ = e.id_ WHERE e.business_key_ = d.id::text"
              + " AND e.id_ = e.proc_inst_id_ AND t.task_def_key_ = '"
              + stage.getValue()
              + "')");
    }
    for (Map.Entry<String, String> task : SIGN_OFF_KIND_OF_TASK.entrySet()) {
      impossible(
          connection,
          "an open " + task.getKey() + " whose sign-off is already given",
          "SELECT d.id || ' ' || l.group_id_ || ' ' || s.status FROM deal d"
              + " JOIN act_ru_execution e ON e.business_key_ = d.id::text AND e.id_ ="
              + " e.proc_inst_id_ JOIN act_ru_task t ON t.proc_inst_id_ = e.id_"
              + " JOIN act_ru_identitylink l ON l.task_id_ = t.id_ AND l.type_ = 'candidate'"
              + " JOIN sign_off s ON s.deal_id = d.id AND s.review_group = l.group_id_"
              + " AND s.kind = '"
              + task.getValue()
              + "' WHERE t.task_def_key_ = '"
              + task.getKey()
              + "' AND s.status <> 'PENDING'");
    }
    impossible(
        connection,
        "a task completed in the audit trail but not in the engine",
        "SELECT a.deal_id || ' ' || a.subject FROM audit_entry a WHERE a.action = 'task.completed'"
            + " AND NOT EXISTS (SELECT 1 FROM act_hi_taskinst h WHERE h.id_ = a.subject"
            + " AND h.delete_reason_ = 'completed')");
    impossible(
        connection,
        "a task completed in the engine but not in the audit trail",
        "SELECT h.proc_inst_id_ || ' ' || h.id_ FROM act_hi_taskinst h"
            + " WHERE h.delete_reason_ = 'completed' AND NOT EXISTS (SELECT 1 FROM audit_entry a"
            + " WHERE a.action = 'task.completed' AND a.subject = h.id_)");
  }

  private void chainsVerify(Connection connection) throws SQLException {
    for (String dealId : strings(connection, "SELECT id::text FROM deal ORDER BY submitted_at")) {
      Reply verified = api.get("manager", "/api/deals/" + dealId + "/audit/verify");
      if (verified.status() != 200 || !verified.body().get("intact").asBoolean()) {
        unverifiedChains++;
        details.add("audit chain of " + dealId + ": " + verified.status() + " " + verified.body());
      }
    }
  }

  private void signedDealsAreIndexed(
      Connection connection, List<Acknowledged> journal, Duration bound)
      throws SQLException, InterruptedException {
    Map<String, Set<String>> markers = new HashMap<>();
    for (Acknowledged change : journal) {
      if (change instanceof Submitted submitted) {
        markers
            .computeIfAbsent(submitted.dealId(), id -> new LinkedHashSet<>())
            .add(submitted.marker());
      } else if (change instanceof Revised revised) {
        markers
            .computeIfAbsent(revised.dealId(), id -> new LinkedHashSet<>())
            .add(revised.marker());
      }
    }
    Set<String> missing =
        new HashSet<>(strings(connection, "SELECT id::text FROM deal WHERE stage = 'SIGNED'"));
    Instant deadline = Instant.now().plus(bound);
    while (!missing.isEmpty()) {
      missing.removeIf(dealId -> found(dealId, markers.getOrDefault(dealId, Set.of())));
      if (missing.isEmpty() || Instant.now().isAfter(deadline)) {
        break;
      }
      Thread.sleep(500);
    }
    for (String dealId : missing) {
      missingFromIndex++;
      details.add("signed deal " + dealId + " not found in the index by " + markers.get(dealId));
    }
  }

  private boolean found(String dealId, Set<String> markers) {
    for (String marker : markers) {
      Reply reply = api.searchPrecedents("manager", marker);
      if (reply.status() == 200) {
        for (JsonNode hit : reply.body().get("hits")) {
          if (hit.get("dealId").asText().equals(dealId)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void lost(String what) {
    lost++;
    details.add("lost: " + what);
  }

  private void twice(Connection connection, String what, String sql) throws SQLException {
    for (String row : strings(connection, sql)) {
      duplicates++;
      details.add(what + ": " + row);
    }
  }

  private void impossible(Connection connection, String what, String sql) throws SQLException {
    for (String row : strings(connection, sql)) {
      impossible++;
      details.add(what + ": " + row);
    }
  }

  private static long count(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return schema;
  }
}
