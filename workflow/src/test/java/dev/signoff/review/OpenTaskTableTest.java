package dev.signoff.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Task lists read from the engine's tables: the same tasks the engine's own queries find. */
class OpenTaskTableTest {

  private static ProcessEngine engine;
  private static OpenTaskTable table;

  @BeforeAll
  static void engine() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl)
            ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:open-task-table;DB_CLOSE_DELAY=-1")
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setEnforceHistoryTimeToLive(false);
    engine = configuration.buildProcessEngine();
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("twoTasks")
            .camundaHistoryTimeToLive(1)
            .startEvent()
            .parallelGateway("fork")
            .userTask("review")
            .name("Review")
            .camundaCandidateGroups("legal")
            .endEvent()
            .moveToNode("fork")
            .userTask("personal")
            .name("Personal")
            .camundaAssignee("owner")
            .endEvent()
            .done();
    engine.getRepositoryService().createDeployment().addModelInstance("two.bpmn", model).deploy();
    table =
        new OpenTaskTable(
            JdbcClient.create(configuration.getDataSource()), engine.getManagementService());
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void findsTheTasksOfferedToTheGroupsAndAssignedToTheUserWithTheirGroupAndDeal() {
    UUID deal = UUID.randomUUID();
    String instance = start(deal.toString());
    Task review = task(instance, "review");

    List<OpenTask> ofLegal = table.assignedToOrOfferedTo("legal-1", Set.of("legal"));
    List<OpenTask> ofOwner = table.assignedToOrOfferedTo("owner", Set.of("deal-owner"));

    assertThat(ofLegal)
        .filteredOn(task -> task.dealId().equals(deal))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.id()).isEqualTo(review.getId());
              assertThat(task.group()).isEqualTo("legal");
              assertThat(task.element()).isEqualTo("review");
              assertThat(task.name()).isEqualTo("Review");
              assertThat(task.assignee()).isNull();
              assertThat(task.created()).isEqualTo(review.getCreateTime().toInstant());
            });
    assertThat(ofOwner)
        .filteredOn(task -> task.dealId().equals(deal))
        .singleElement()
        .satisfies(
            task -> {
              assertThat(task.element()).isEqualTo("personal");
              assertThat(task.group()).isNull();
              assertThat(task.assignee()).isEqualTo("owner");
            });
  }

  @Test
  void aGroupTaskClaimedBySomeoneElseStaysInTheGroupsList() {
    UUID deal = UUID.randomUUID();
    String instance = start(deal.toString());
    Task review = task(instance, "review");
    engine.getTaskService().claim(review.getId(), "legal-2");

    assertThat(table.assignedToOrOfferedTo("legal-1", Set.of("legal")))
        .filteredOn(task -> task.dealId().equals(deal))
        .singleElement()
        .satisfies(task -> assertThat(task.assignee()).isEqualTo("legal-2"));
    assertThat(table.assignedToOrOfferedTo("legal-2", Set.of()))
        .filteredOn(task -> task.dealId().equals(deal))
        .singleElement()
        .satisfies(task -> assertThat(task.group()).isEqualTo("legal"));
  }

  @Test
  void leavesOutOtherGroupsSuspendedProcessesAndProcessesThatAreNoDeal() {
    UUID suspended = UUID.randomUUID();
    engine.getRuntimeService().suspendProcessInstanceById(start(suspended.toString()));
    String notADeal = start("not-a-deal");

    List<OpenTask> ofLegal = table.assignedToOrOfferedTo("legal-1", Set.of("legal"));

    assertThat(ofLegal).extracting(OpenTask::dealId).doesNotContain(suspended);
    assertThat(ofLegal).extracting(OpenTask::id).doesNotContain(task(notADeal, "review").getId());
    assertThat(table.assignedToOrOfferedTo("product-1", Set.of("product"))).isEmpty();
  }

  @Test
  void findsOneTaskByIdUntilItIsCompleted() {
    UUID deal = UUID.randomUUID();
    Task review = task(start(deal.toString()), "review");

    assertThat(table.byId(review.getId()))
        .hasValueSatisfying(task -> assertThat(task.dealId()).isEqualTo(deal));

    engine.getTaskService().complete(review.getId());

    assertThat(table.byId(review.getId())).isEmpty();
    assertThat(table.byId("no-such-task")).isEmpty();
  }

  private static String start(String businessKey) {
    return engine
        .getRuntimeService()
        .startProcessInstanceByKey("twoTasks", businessKey)
        .getProcessInstanceId();
  }

  private static Task task(String instance, String element) {
    return engine
        .getTaskService()
        .createTaskQuery()
        .processInstanceId(instance)
        .taskDefinitionKey(element)
        .singleResult();
  }
}
