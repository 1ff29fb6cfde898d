package dev.signoff.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads open tasks with their group and deal in one statement over the engine's runtime tables
 * (tasks, their candidate links, their process instances), as a native query of the engine would.
 * Task lists are the most frequent requests; the engine's task query assembles its SQL from a large
 * dynamic mapping on every call and needs a further query per task for its group and per list for
 * the deals, which together cost several times the rest of such a request. The table names come
 * from the engine, so its configured table prefix applies; the columns are those of Camunda 7's
 * documented database schema.
 */
@Component
public class OpenTaskTable {

  private final JdbcClient jdbc;
  private final String select;
  private final String assignedOrOffered;

  OpenTaskTable(JdbcClient jdbc, ManagementService management) {
    this.jdbc = jdbc;
    String links = tableOf(management, IdentityLinkEntity.class);
    this.select =
        "SELECT t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_,"
            + " e.BUSINESS_KEY_, (SELECT MIN(c.GROUP_ID_) FROM "
            + links
            + " c WHERE c.TASK_ID_ = t.ID_ AND c.TYPE_ = 'candidate') AS CANDIDATE_GROUP_"
            + " FROM "
            + tableOf(management, TaskEntity.class)
            + " t JOIN "
            + tableOf(management, ExecutionEntity.class)
            + " e ON e.ID_ = t.PROC_INST_ID_";
    // The union finds the caller's tasks through the indexes on the assignee and on the groups of
    // the candidate links, so that each task and its process instance is then read by its key. The
    // same condition written with OR scans both tables whole, dead rows included, on every read.
    this.assignedOrOffered =
        " t.ID_ IN (SELECT a.ID_ FROM "
            + tableOf(management, TaskEntity.class)
            + " a WHERE a.ASSIGNEE_ = :username UNION SELECT c.TASK_ID_ FROM "
            + links
            + " c WHERE c.TYPE_ = 'candidate' AND c.GROUP_ID_ IN (:groups))";
  }

  private static String tableOf(ManagementService management, Class<?> entity) {
    String table = management.getTableName(entity);
    if (table == null || table.endsWith("null")) {
      throw new IllegalStateException("The engine names no table for " + entity.getName());
    }
    return table;
  }

  /**
   * The active tasks assigned to the user or offered to one of the groups (claimed or not), in no
   * particular order.
   */
  public List<OpenTask> assignedToOrOfferedTo(String username, Set<String> groups) {
    String active = " WHERE t.SUSPENSION_STATE_ = 1 AND";
    JdbcClient.StatementSpec statement;
    if (groups.isEmpty()) {
      statement = jdbc.sql(select + active + " t.ASSIGNEE_ = :username");
    } else {
      statement = jdbc.sql(select + active + assignedOrOffered).param("groups", groups);
    }
    return statement.param("username", username).query((row, number) -> task(row)).list().stream()
        .flatMap(Optional::stream)
        .toList();
  }

  /** The open task, if there is one with this id in a review process. */
  public Optional<OpenTask> byId(String taskId) {
    return jdbc.sql(select + " WHERE t.ID_ = :id")
        .param("id", taskId)
        .query((row, number) -> task(row))
        .optional()
        .flatMap(found -> found);
  }

  /** The task of the row, or nothing for a process whose business key is not a deal's id. */
  private static Optional<OpenTask> task(ResultSet row) throws SQLException {
    UUID dealId;
    try {
      dealId = UUID.fromString(row.getString("BUSINESS_KEY_"));
    } catch (IllegalArgumentException | NullPointerException notADeal) {
      return Optional.empty();
    }
    return Optional.of(
        new OpenTask(
            row.getString("ID_"),
            row.getString("NAME_"),
            row.getString("TASK_DEF_KEY_"),
            row.getString("ASSIGNEE_"),
            row.getString("CANDIDATE_GROUP_"),
            instant(row.getTimestamp("CREATE_TIME_")),
            instant(row.getTimestamp("DUE_DATE_")),
            dealId));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
