package dev.signoff.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.signoff.bench.WorkflowUsers.User;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.SubProcessBuilder;

/**
 * The baseline: the bare Camunda engine, built directly from a {@link ProcessEngineConfiguration}
 * (no Spring, no Signoff services), on the same PostgreSQL database in a schema of its own, with
 * Signoff's history level and connection pool size, running the shape of Signoff's review process
 * (see {@link #model()}). Its users take the same steps as Signoff's, as engine calls.
 */
final class WorkflowEngine implements WorkflowTarget {

  static final String PROCESS = "benchDealReview";
  private static final int ATTEMPTS = 4;

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final HikariDataSource dataSource;
  private volatile WorkflowRecorder recorder = new WorkflowRecorder();

  private WorkflowEngine(ProcessEngine engine, HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.engine = engine;
    this.runtime = engine.getRuntimeService();
    this.tasks = engine.getTaskService();
  }

  /**
   * Starts an engine in a fresh schema of the database (dropped and created again) and deploys the
   * model.
   *
   * @param jdbcUrl a loopback PostgreSQL URL without parameters
   */
  static WorkflowEngine start(
      String jdbcUrl,
      String user,
      String password,
      String schema,
      String historyLevel,
      int connections)
      throws SQLException {
    if (!jdbcUrl.startsWith("jdbc:postgresql://127.0.0.1:")) {
      throw new IllegalArgumentException("The database must be on 127.0.0.1: " + jdbcUrl);
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    }
    // The same connection pool as Signoff's (HikariCP, Spring Boot's default) and of the same size.
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(jdbcUrl + "?currentSchema=" + schema);
    pool.setUsername(user);
    pool.setPassword(password);
    pool.setMaximumPoolSize(connections);
    pool.setPoolName("workflow-bench-engine");
    // Signoff's postgres profile sets this too: batched inserts as one multi-row INSERT.
    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource dataSource = new HikariDataSource(pool);
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration
        .setProcessEngineName("workflow-bench")
        .setDataSource(dataSource)
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setHistory(historyLevel)
        .setJobExecutorActivate(true);
    configuration.setDatabaseSchema(schema);
    configuration.setDatabaseTablePrefix(schema + ".");
    configuration.setAuthorizationEnabled(false);
    // Signoff's engine (the Spring Boot starter) makes ids this way too. The engine's default id
    // generator fetches id blocks in a transaction of its own, which needs a second connection
    // while the first may hold row locks others wait for: with every pooled connection taken,
    // the pool deadlocks until its timeout.
    configuration.setIdGenerator(new StrongUuidGenerator());
    ProcessEngine engine = configuration.buildProcessEngine();
    engine
        .getRepositoryService()
        .createDeployment()
        .addModelInstance("bench-deal-review.bpmn", model())
        .deploy();
    return new WorkflowEngine(engine, dataSource);
  }

  /**
   * The shape of Signoff's {@code dealReview} model on the path every deal of the load takes: a
   * review round as a parallel multi-instance subprocess, one review per group, each review a user
   * task offered to its group with a due date and the two non-interrupting timers (reminder and
   * escalation) Signoff attaches; the round's outcome gateway; the pre-signoff confirmations as a
   * parallel multi-instance user task per group; the final approval offered to the managers; the
   * outcome gateway. Signoff's service tasks (routing decisions, deadlines, marking the deal) call
   * Signoff's services and have no counterpart here: their variables are set at the start.
   */
  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS)
        .camundaHistoryTimeToLive(3650)
        .startEvent("submitted")
        .subProcess("reviewRound")
        .multiInstance()
        .parallel()
        .camundaCollection("${reviewGroups}")
        .camundaElementVariable("reviewGroup")
        .completionCondition("${rejected}")
        .<SubProcessBuilder>multiInstanceDone()
        .embeddedSubProcess()
        .startEvent("reviewStarted")
        .userTask("review")
        .name("Review")
        .camundaCandidateGroups("${reviewGroup}")
        .camundaDueDate("${reviewDue}")
        .boundaryEvent("reminderDue")
        .cancelActivity(false)
        .timerWithDate("${reminderAt}")
        .endEvent("reminded")
        .moveToActivity("review")
        .boundaryEvent("escalationDue")
        .cancelActivity(false)
        .timerWithDate("${escalateAt}")
        .endEvent("escalated")
        .moveToActivity("review")
        .endEvent("reviewGiven")
        .subProcessDone()
        .exclusiveGateway("roundOutcome")
        .condition("rejected", "${rejected}")
        .endEvent("rejectedInReview")
        .moveToNode("roundOutcome")
        .condition("approved", "${!rejected}")
        .userTask("preSignoff")
        .name("Pre-signoff confirmation")
        .camundaCandidateGroups("${preSignoffGroup}")
        .camundaDueDate("${finalApprovalDue}")
        .multiInstance()
        .parallel()
        .camundaCollection("${reviewGroups}")
        .camundaElementVariable("preSignoffGroup")
        .completionCondition("${rejected}")
        .multiInstanceDone()
        .userTask("finalApproval")
        .name("Final approval")
        .camundaCandidateGroups("manager")
        .camundaDueDate("${finalApprovalDue}")
        .exclusiveGateway("finalOutcome")
        .condition("signed", "${finalApproved}")
        .endEvent("dealSigned")
        .moveToNode("finalOutcome")
        .condition("notSigned", "${!finalApproved}")
        .endEvent("dealRejected")
        .done();
  }

  @Override
  public void recordInto(WorkflowRecorder recorder) {
    this.recorder = recorder;
  }

  @Override
  public String name() {
    return "bare Camunda engine";
  }

  @Override
  public String submit(User owner, int sequence) {
    String dealId = UUID.randomUUID().toString();
    Instant now = Instant.now();
    Map<String, Object> variables = new HashMap<>();
    variables.put("dealId", dealId);
    variables.put("owner", owner.name());
    variables.put("reviewGroups", new ArrayList<>(WorkflowUsers.REVIEW_GROUPS));
    variables.put("rejected", false);
    variables.put("changesRequested", false);
    variables.put("reviewDue", Date.from(now.plus(Duration.ofDays(3))));
    variables.put("reminderAt", Date.from(now.plus(Duration.ofDays(2))));
    variables.put("escalateAt", Date.from(now.plus(Duration.ofDays(4))));
    variables.put("finalApprovalDue", Date.from(now.plus(Duration.ofDays(7))));
    long started = System.nanoTime();
    Integer status =
        call(
            "submit deal",
            () -> {
              runtime.startProcessInstanceByKey(PROCESS, dealId, variables);
              return 200;
            });
    if (status != 200) {
      return null;
    }
    recorder.dealSubmitted(started, System.nanoTime());
    return dealId;
  }

  @Override
  public List<OpenTask> inbox(User user) {
    List<OpenTask> found = new ArrayList<>();
    int status =
        call(
            "inbox",
            () -> {
              Map<String, Task> open = new LinkedHashMap<>();
              tasks
                  .createTaskQuery()
                  .taskAssignee(user.name())
                  .active()
                  .list()
                  .forEach(task -> open.put(task.getId(), task));
              tasks
                  .createTaskQuery()
                  .taskCandidateGroup(user.group())
                  .includeAssignedTasks()
                  .active()
                  .list()
                  .forEach(task -> open.put(task.getId(), task));
              open.values().stream()
                  .sorted(
                      Comparator.comparing(
                              Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                          .thenComparing(Task::getCreateTime))
                  .map(
                      task ->
                          new OpenTask(
                              task.getId(),
                              task.getProcessInstanceId(),
                              kind(task.getTaskDefinitionKey()),
                              user.group(),
                              task.getAssignee()))
                  .forEach(found::add);
              return 200;
            });
    return status == 200 ? found : null;
  }

  private static Kind kind(String element) {
    return switch (element) {
      case "review" -> Kind.REVIEW;
      case "preSignoff" -> Kind.PRE_SIGNOFF;
      case "finalApproval" -> Kind.FINAL_APPROVAL;
      default -> Kind.OTHER;
    };
  }

  @Override
  public boolean claim(User user, OpenTask task) {
    return call(
            "claim",
            () -> {
              try {
                tasks.claim(task.id(), user.name());
                return 200;
              } catch (OptimisticLockingException e) {
                // Another user claimed it at the same moment.
                return 409;
              }
            })
        == 200;
  }

  @Override
  public boolean review(User user, OpenTask task, boolean comment) {
    return complete("review decision", task, Map.of("rejected", false));
  }

  @Override
  public boolean confirmPreSignoff(User user, OpenTask task) {
    return complete("pre-signoff decision", task, Map.of("rejected", false));
  }

  @Override
  public boolean approveFinally(User user, OpenTask task) {
    long started = System.nanoTime();
    boolean signed = complete("final approval", task, Map.of("finalApproved", true));
    if (signed) {
      recorder.dealCompleted(started, System.nanoTime());
    }
    return signed;
  }

  @Override
  public void searchPrecedents(User user, String query) {
    // The bare engine has no precedent search.
  }

  /**
   * Completes the task; a collision with a sibling completing at the same moment is retried, as
   * Signoff retries it.
   */
  private boolean complete(String operation, OpenTask task, Map<String, Object> variables) {
    return call(
            operation,
            () -> {
              for (int attempt = 1; ; attempt++) {
                try {
                  tasks.complete(task.id(), variables);
                  return 200;
                } catch (OptimisticLockingException e) {
                  if (attempt >= ATTEMPTS) {
                    return 503;
                  }
                }
              }
            })
        == 200;
  }

  /** Runs one engine call and records it with the status Signoff would answer. */
  private int call(String operation, Supplier<Integer> work) {
    long started = System.nanoTime();
    int status;
    String detail = null;
    try {
      status = work.get();
    } catch (TaskAlreadyClaimedException | NullValueException | NotFoundException e) {
      status = 409;
    } catch (RuntimeException e) {
      status = 500;
      detail = e.toString();
    }
    recorder.record(operation, started, System.nanoTime(), status, detail);
    return status;
  }

  @Override
  public void close() {
    engine.close();
    dataSource.close();
  }
}
