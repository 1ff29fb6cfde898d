package dev.signoff.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = DealReviewProcessTest.MODEL)
class DealReviewProcessTest {

  static final String MODEL = "bpmn/deal-review.bpmn";

  private static final String PROCESS_KEY = "dealReview";
  private static final String REVIEW = "Task_Review";
  private static final String MARK_FINAL_APPROVAL = "Task_MarkFinalApproval";
  private static final String FINAL_APPROVAL = "Task_FinalApproval";
  private static final String MARK_SIGNED = "Task_MarkSigned";
  private static final String MARK_REJECTED = "Task_MarkRejected";
  private static final String SIGNED = "EndEvent_Signed";
  private static final String REJECTED = "EndEvent_Rejected";

  private static final String DEAL_ID = "deal-7f3a";
  private static final List<String> STANDARD_REVIEW_GROUPS =
      List.of("legal", "security-privacy", "engineering", "product");
  private static final Date REVIEW_DUE = Date.from(Instant.parse("2031-03-14T17:00:00Z"));
  private static final Date FINAL_APPROVAL_DUE = Date.from(Instant.parse("2031-03-21T17:00:00Z"));

  private final RecordingDelegate markDealInFinalApproval = new RecordingDelegate();
  private final RecordingDelegate markDealSigned = new RecordingDelegate();
  private final RecordingDelegate markDealRejected = new RecordingDelegate();

  @BeforeEach
  void registerDelegates() {
    Mocks.register("markDealInFinalApproval", markDealInFinalApproval);
    Mocks.register("markDealSigned", markDealSigned);
    Mocks.register("markDealRejected", markDealRejected);
  }

  @AfterEach
  void resetDelegates() {
    Mocks.reset();
  }

  @Test
  void allFourReviewsApprovedThenFinalApprovalSignsDeal() {
    ProcessInstance deal = submitDeal(STANDARD_REVIEW_GROUPS);

    assertThat(deal).isWaitingAt(REVIEW);
    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).containsOnlyKeys(STANDARD_REVIEW_GROUPS);
    reviews.forEach(
        (group, review) -> assertThat(review).hasName("Review").hasCandidateGroup(group));
    reviews.values().forEach(review -> assertThat(review).hasDueDate(REVIEW_DUE));

    STANDARD_REVIEW_GROUPS.forEach(group -> decideReview(reviews.get(group), false));

    assertThat(deal).hasPassed(MARK_FINAL_APPROVAL).isWaitingAt(FINAL_APPROVAL);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertFinalApprovalTaskForManager(deal);

    complete(task(deal), withVariables("finalApproved", true));

    assertThat(deal)
        .hasPassedInOrder(REVIEW, MARK_FINAL_APPROVAL, FINAL_APPROVAL, MARK_SIGNED, SIGNED)
        .hasNotPassed(MARK_REJECTED, REJECTED)
        .isEnded();
    assertThat(markDealSigned.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealRejected.dealIds()).isEmpty();
  }

  @Test
  void rejectionByOneReviewerCancelsOtherReviewsAndRejectsDeal() {
    ProcessInstance deal = submitDeal(STANDARD_REVIEW_GROUPS);
    Map<String, Task> reviews = openReviewsByGroup(deal);

    decideReview(reviews.get("legal"), false);
    assertThat(deal).isWaitingAt(REVIEW);
    assertThat(openReviewsByGroup(deal))
        .containsOnlyKeys("security-privacy", "engineering", "product");

    decideReview(reviews.get("security-privacy"), true);

    assertThat(openReviewsByGroup(deal)).isEmpty();
    assertThat(taskQuery().processInstanceId(deal.getId()).count()).isZero();
    Map<String, String> endOfReviewByGroup = endOfReviewByGroup(deal);
    assertThat(endOfReviewByGroup)
        .containsEntry("legal", "completed")
        .containsEntry("security-privacy", "completed")
        .containsEntry("engineering", "deleted")
        .containsEntry("product", "deleted");
    assertThat(deal)
        .hasPassedInOrder(REVIEW, MARK_REJECTED, REJECTED)
        .hasNotPassed(MARK_FINAL_APPROVAL, FINAL_APPROVAL, MARK_SIGNED, SIGNED)
        .isEnded();
    assertThat(
            historyService()
                .createHistoricTaskInstanceQuery()
                .processInstanceId(deal.getId())
                .taskDefinitionKey(FINAL_APPROVAL)
                .count())
        .isZero();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealInFinalApproval.dealIds()).isEmpty();
    assertThat(markDealSigned.dealIds()).isEmpty();
  }

  @Test
  void finalApprovalRefusedRejectsDeal() {
    ProcessInstance deal = submitDeal(STANDARD_REVIEW_GROUPS);
    openReviewsByGroup(deal).values().forEach(review -> decideReview(review, false));

    assertThat(deal).isWaitingAt(FINAL_APPROVAL);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
    assertFinalApprovalTaskForManager(deal);

    complete(task(deal), withVariables("finalApproved", false));

    assertThat(deal)
        .hasPassedInOrder(REVIEW, MARK_FINAL_APPROVAL, FINAL_APPROVAL, MARK_REJECTED, REJECTED)
        .hasNotPassed(MARK_SIGNED, SIGNED)
        .isEnded();
    assertThat(markDealRejected.dealIds()).containsExactly(DEAL_ID);
    assertThat(markDealSigned.dealIds()).isEmpty();
  }

  @Test
  void reviewGroupsDriveTheReviewTasks() {
    List<String> reviewGroups = new ArrayList<>(STANDARD_REVIEW_GROUPS);
    reviewGroups.add("privacy-officer");
    ProcessInstance deal = submitDeal(reviewGroups);

    Map<String, Task> reviews = openReviewsByGroup(deal);
    assertThat(reviews).hasSize(5).containsOnlyKeys(reviewGroups);
    reviews.forEach(
        (group, review) -> assertThat(review).hasCandidateGroup(group).hasDueDate(REVIEW_DUE));

    STANDARD_REVIEW_GROUPS.forEach(group -> decideReview(reviews.get(group), false));

    assertThat(deal).isWaitingAt(REVIEW).isNotWaitingAt(FINAL_APPROVAL);
    assertThat(openReviewsByGroup(deal)).containsOnlyKeys("privacy-officer");
    assertThat(markDealInFinalApproval.dealIds()).isEmpty();

    decideReview(reviews.get("privacy-officer"), false);

    assertThat(deal).isWaitingAt(FINAL_APPROVAL);
    assertThat(markDealInFinalApproval.dealIds()).containsExactly(DEAL_ID);
  }

  @Test
  void modelHasDiagramInformationForEveryElement() {
    BpmnModelInstance model = readModel();

    assertThatCode(() -> Bpmn.validateModel(model)).doesNotThrowAnyException();

    Collection<BpmnShape> shapes = model.getModelElementsByType(BpmnShape.class);
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    List<String> shapedIds = shapes.stream().map(shape -> shape.getBpmnElement().getId()).toList();
    List<String> edgedIds = edges.stream().map(edge -> edge.getBpmnElement().getId()).toList();

    assertThat(idsOf(model.getModelElementsByType(FlowNode.class)))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(shapedIds).as("shape for %s", id).contains(id));
    assertThat(idsOf(model.getModelElementsByType(SequenceFlow.class)))
        .isNotEmpty()
        .allSatisfy(id -> assertThat(edgedIds).as("edge for %s", id).contains(id));
    assertThat(shapes).allSatisfy(shape -> assertThat(shape.getBounds()).isNotNull());
    assertThat(edges).allSatisfy(edge -> assertThat(edge.getWaypoints()).hasSizeGreaterThan(1));
  }

  @Test
  void diagramShapesDoNotOverlap() {
    List<BpmnShape> shapes = List.copyOf(readModel().getModelElementsByType(BpmnShape.class));

    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        BpmnShape first = shapes.get(i);
        BpmnShape second = shapes.get(j);
        assertThat(overlap(first.getBounds(), second.getBounds()))
            .as("%s overlaps %s", first.getBpmnElement().getId(), second.getBpmnElement().getId())
            .isFalse();
      }
    }
  }

  private ProcessInstance submitDeal(List<String> reviewGroups) {
    return runtimeService()
        .startProcessInstanceByKey(
            PROCESS_KEY,
            DEAL_ID,
            withVariables(
                "dealId", DEAL_ID,
                "reviewGroups", reviewGroups,
                "reviewDue", REVIEW_DUE,
                "finalApprovalDue", FINAL_APPROVAL_DUE,
                "rejected", false));
  }

  private static Map<String, Task> openReviewsByGroup(ProcessInstance deal) {
    List<Task> reviews =
        taskQuery().processInstanceId(deal.getId()).taskDefinitionKey(REVIEW).list();
    return reviews.stream()
        .collect(Collectors.toMap(DealReviewProcessTest::onlyCandidateGroup, Function.identity()));
  }

  private static String onlyCandidateGroup(Task task) {
    List<String> groups =
        taskService().getIdentityLinksForTask(task.getId()).stream()
            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
            .map(IdentityLink::getGroupId)
            .toList();
    assertThat(groups).as("candidate groups of task %s", task.getId()).hasSize(1);
    return groups.get(0);
  }

  private static Map<String, String> endOfReviewByGroup(ProcessInstance deal) {
    List<HistoricTaskInstance> reviews =
        historyService()
            .createHistoricTaskInstanceQuery()
            .processInstanceId(deal.getId())
            .taskDefinitionKey(REVIEW)
            .list();
    Map<String, String> groupByTaskId =
        historyService()
            .createHistoricIdentityLinkLogQuery()
            .processDefinitionId(deal.getProcessDefinitionId())
            .type(IdentityLinkType.CANDIDATE)
            .list()
            .stream()
            .collect(
                Collectors.toMap(
                    link -> link.getTaskId(), link -> link.getGroupId(), (first, same) -> first));
    return reviews.stream()
        .collect(
            Collectors.toMap(
                review -> groupByTaskId.get(review.getId()),
                HistoricTaskInstance::getDeleteReason));
  }

  private static void decideReview(Task review, boolean rejected) {
    complete(review, withVariables("rejected", rejected));
  }

  private static void assertFinalApprovalTaskForManager(ProcessInstance deal) {
    assertThat(task(deal))
        .hasDefinitionKey(FINAL_APPROVAL)
        .hasName("Final approval")
        .hasCandidateGroup("manager")
        .hasDueDate(FINAL_APPROVAL_DUE);
    assertThat(onlyCandidateGroup(task(deal))).isEqualTo("manager");
  }

  private static BpmnModelInstance readModel() {
    InputStream model = DealReviewProcessTest.class.getClassLoader().getResourceAsStream(MODEL);
    assertThat(model).as(MODEL).isNotNull();
    return Bpmn.readModelFromStream(model);
  }

  private static List<String> idsOf(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).toList();
  }

  private static boolean overlap(Bounds first, Bounds second) {
    return first.getX() < second.getX() + second.getWidth()
        && second.getX() < first.getX() + first.getWidth()
        && first.getY() < second.getY() + second.getHeight()
        && second.getY() < first.getY() + first.getHeight();
  }

  /** Stands in for a deal status delegate and remembers the deal of every execution it ran for. */
  private static final class RecordingDelegate implements JavaDelegate {

    private final List<String> dealIds = new ArrayList<>();

    @Override
    public void execute(DelegateExecution execution) {
      dealIds.add((String) execution.getVariable("dealId"));
    }

    List<String> dealIds() {
      return dealIds;
    }
  }
}
