package dev.signoff.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReviewProcessModelTest {

  private static BpmnModelInstance model;

  @BeforeAll
  static void loadModel() throws IOException {
    try (InputStream bpmn =
        ReviewProcessModelTest.class.getClassLoader().getResourceAsStream(ReviewProcess.RESOURCE)) {
      assertThat(bpmn).as("%s on the classpath", ReviewProcess.RESOURCE).isNotNull();
      model = Bpmn.readModelFromStream(bpmn);
    }
  }

  @Test
  void modelDefinesExecutableProcessWithTheProcessKey() {
    Collection<Process> processes = model.getModelElementsByType(Process.class);

    assertThat(processes).extracting(Process::getId).containsExactly(ReviewProcess.PROCESS_KEY);
    assertThat(processes.iterator().next().isExecutable()).isTrue();
  }

  @Test
  void everyElementIdInReviewProcessExistsInTheModel() {
    Map<String, String> elementIds = constantsEndingWith("_TASK", "_END");
    assertThat(elementIds)
        .containsKeys(
            "REVIEW_TASK",
            "FINAL_APPROVAL_TASK",
            "MARK_FINAL_APPROVAL_TASK",
            "MARK_SIGNED_TASK",
            "MARK_REJECTED_TASK",
            "SIGNED_END",
            "REJECTED_END");

    elementIds.forEach(
        (constant, id) -> {
          ModelElementInstance element = model.getModelElementById(id);
          assertThat(element).as("%s = \"%s\" in the model", constant, id).isNotNull();
          Class<? extends FlowNode> expectedType =
              constant.endsWith("_TASK") ? Task.class : EndEvent.class;
          assertThat(element).as("%s = \"%s\"", constant, id).isInstanceOf(expectedType);
          assertThat(processOf(element)).as("%s belongs to the process", constant).isNotNull();
        });
  }

  @Test
  void everyDelegateOfTheModelIsListed() {
    assertThat(
            model.getModelElementsByType(ServiceTask.class).stream()
                .map(ServiceTask::getCamundaDelegateExpression)
                .distinct())
        .containsExactlyInAnyOrderElementsOf(
            ReviewProcess.DELEGATES.stream().map(ReviewProcessModelTest::expression).toList());
  }

  @Test
  void serviceTasksCallTheDelegateBeansByName() {
    assertThat(delegateExpressionOf(ReviewProcess.MARK_FINAL_APPROVAL_TASK))
        .isEqualTo(expression(ReviewProcess.MARK_DEAL_IN_FINAL_APPROVAL));
    assertThat(delegateExpressionOf(ReviewProcess.MARK_SIGNED_TASK))
        .isEqualTo(expression(ReviewProcess.MARK_DEAL_SIGNED));
    assertThat(delegateExpressionOf(ReviewProcess.MARK_REJECTED_TASK))
        .isEqualTo(expression(ReviewProcess.MARK_DEAL_REJECTED));
  }

  @Test
  void everyServiceTaskUsesOneOfTheKnownDelegates() {
    Collection<String> knownDelegates =
        ReviewProcess.DELEGATES.stream().map(ReviewProcessModelTest::expression).toList();

    assertThat(model.getModelElementsByType(ServiceTask.class))
        .isNotEmpty()
        .allSatisfy(
            task ->
                assertThat(task.getCamundaDelegateExpression())
                    .as("delegate of %s", task.getId())
                    .isIn(knownDelegates));
  }

  @Test
  void reviewTaskRunsOncePerReviewGroupForThatGroup() {
    UserTask review = model.getModelElementById(ReviewProcess.REVIEW_TASK);

    assertThat(review.getCamundaCandidateGroups())
        .isEqualTo(expression(ReviewProcess.REVIEW_GROUP));
    assertThat(review.getCamundaDueDate()).isEqualTo(expression(ReviewProcess.REVIEW_DUE));

    SubProcess round = model.getModelElementById(ReviewProcess.REVIEW_SUBPROCESS);
    assertThat(review.getParentElement()).isSameAs(round);
    MultiInstanceLoopCharacteristics loop =
        (MultiInstanceLoopCharacteristics) round.getLoopCharacteristics();
    assertThat(loop).as("review task is multi-instance").isNotNull();
    assertThat(loop.isSequential()).as("reviews run in parallel").isFalse();
    assertThat(loop.getCamundaCollection()).isEqualTo(expression(ReviewProcess.REVIEW_GROUPS));
    assertThat(loop.getCamundaElementVariable()).isEqualTo(ReviewProcess.REVIEW_GROUP);
  }

  @Test
  void firstRejectionEndsTheReviews() {
    SubProcess round = model.getModelElementById(ReviewProcess.REVIEW_SUBPROCESS);
    MultiInstanceLoopCharacteristics loop =
        (MultiInstanceLoopCharacteristics) round.getLoopCharacteristics();

    assertThat(loop.getCompletionCondition().getTextContent().strip())
        .isEqualTo(expression(ReviewProcess.REJECTED));
  }

  @Test
  void finalApprovalIsOfferedToTheFinalApprovalGroup() {
    UserTask finalApproval = model.getModelElementById(ReviewProcess.FINAL_APPROVAL_TASK);

    assertThat(finalApproval.getCamundaCandidateGroups())
        .isEqualTo(ReviewProcess.FINAL_APPROVAL_GROUP);
    assertThat(finalApproval.getCamundaDueDate())
        .isEqualTo(expression(ReviewProcess.FINAL_APPROVAL_DUE));
  }

  @Test
  void reviewRoundGatewayRoutesOnRejectedAndChangesRequested() {
    Map<String, String> conditions = conditionsOfGatewayAfter(ReviewProcess.REVIEW_SUBPROCESS);

    assertThat(conditions)
        .containsOnly(
            Map.entry(ReviewProcess.MARK_REJECTED_TASK, expression(ReviewProcess.REJECTED)),
            Map.entry(
                ReviewProcess.MARK_CHANGES_REQUESTED_TASK,
                "${!" + ReviewProcess.REJECTED + " && " + ReviewProcess.CHANGES_REQUESTED + "}"),
            Map.entry(
                ReviewProcess.START_PRE_SIGNOFF_TASK,
                "${!" + ReviewProcess.REJECTED + " && !" + ReviewProcess.CHANGES_REQUESTED + "}"));
  }

  @Test
  void revisionIsTheOwnersAndPreSignoffRunsOncePerGroup() {
    UserTask revision = model.getModelElementById(ReviewProcess.REVISION_TASK);
    assertThat(revision.getCamundaAssignee()).isEqualTo(expression(ReviewProcess.OWNER));

    UserTask confirmation = model.getModelElementById(ReviewProcess.PRE_SIGNOFF_TASK);
    assertThat(confirmation.getCamundaCandidateGroups())
        .isEqualTo(expression(ReviewProcess.PRE_SIGNOFF_GROUP));
    MultiInstanceLoopCharacteristics loop =
        (MultiInstanceLoopCharacteristics) confirmation.getLoopCharacteristics();
    assertThat(loop.isSequential()).isFalse();
    assertThat(loop.getCamundaCollection()).isEqualTo(expression(ReviewProcess.PRE_SIGNOFF_GROUPS));
    assertThat(loop.getCamundaElementVariable()).isEqualTo(ReviewProcess.PRE_SIGNOFF_GROUP);
  }

  @Test
  void reviewTimersUseTheDeadlinesOfTheirReview() {
    assertThat(timeDateOf(ReviewProcess.REVIEW_REMINDER_TIMER))
        .isEqualTo(expression(ReviewProcess.REMINDER_AT));
    assertThat(timeDateOf(ReviewProcess.REVIEW_ESCALATION_TIMER))
        .isEqualTo(expression(ReviewProcess.ESCALATE_AT));
  }

  private static String timeDateOf(String timerId) {
    BoundaryEvent timer = model.getModelElementById(timerId);
    assertThat(timer.cancelActivity()).as("%s does not interrupt the review", timerId).isFalse();
    assertThat(timer.getAttachedTo().getId()).isEqualTo(ReviewProcess.REVIEW_TASK);
    TimerEventDefinition definition =
        (TimerEventDefinition) timer.getEventDefinitions().iterator().next();
    return definition.getTimeDate().getTextContent().strip();
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  @Test
  void finalApprovalGatewayRoutesOnFinalApproved() {
    Map<String, String> conditions = conditionsOfGatewayAfter(ReviewProcess.FINAL_APPROVAL_TASK);

    assertThat(conditions)
        .containsOnly(
            Map.entry(ReviewProcess.MARK_SIGNED_TASK, expression(ReviewProcess.FINAL_APPROVED)),
            Map.entry(
                ReviewProcess.MARK_REJECTED_TASK, "${!" + ReviewProcess.FINAL_APPROVED + "}"));
  }

  @Test
  void markingTasksLeadToTheirEndEvents() {
    assertThat(singleSuccessorOf(ReviewProcess.MARK_FINAL_APPROVAL_TASK))
        .isEqualTo(ReviewProcess.FINAL_APPROVAL_TASK);
    assertThat(singleSuccessorOf(ReviewProcess.MARK_SIGNED_TASK))
        .isEqualTo(ReviewProcess.SIGNED_END);
    assertThat(singleSuccessorOf(ReviewProcess.MARK_REJECTED_TASK))
        .isEqualTo(ReviewProcess.REJECTED_END);
  }

  /** Target element id to condition, for the exclusive gateway that directly follows a task. */
  private static Map<String, String> conditionsOfGatewayAfter(String taskId) {
    FlowNode task = model.getModelElementById(taskId);
    assertThat(task.getOutgoing()).hasSize(1);
    FlowNode next = task.getOutgoing().iterator().next().getTarget();
    assertThat(next).as("element after %s", taskId).isInstanceOf(ExclusiveGateway.class);

    Map<String, String> conditions = new LinkedHashMap<>();
    for (SequenceFlow flow : next.getOutgoing()) {
      ConditionExpression condition = flow.getConditionExpression();
      assertThat(condition).as("condition of %s", flow.getId()).isNotNull();
      conditions.put(flow.getTarget().getId(), condition.getTextContent().strip());
    }
    return conditions;
  }

  private static String singleSuccessorOf(String elementId) {
    FlowNode element = model.getModelElementById(elementId);
    assertThat(element.getOutgoing()).hasSize(1);
    return element.getOutgoing().iterator().next().getTarget().getId();
  }

  private static String delegateExpressionOf(String serviceTaskId) {
    ServiceTask task = model.getModelElementById(serviceTaskId);
    return task.getCamundaDelegateExpression();
  }

  private static String expression(String name) {
    return "${" + name + "}";
  }

  private static Map<String, String> constantsEndingWith(String... suffixes) {
    return stringConstants().entrySet().stream()
        .filter(entry -> Arrays.stream(suffixes).anyMatch(entry.getKey()::endsWith))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private static Map<String, String> constantsStartingWith(String prefix) {
    return stringConstants().entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(prefix))
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  /** The public static final String fields of {@link ReviewProcess}, by field name. */
  private static Map<String, String> stringConstants() {
    Map<String, String> constants = new LinkedHashMap<>();
    for (Field field : ReviewProcess.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers)
          && Modifier.isStatic(modifiers)
          && Modifier.isFinal(modifiers)
          && field.getType() == String.class) {
        try {
          constants.put(field.getName(), (String) field.get(null));
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    return constants;
  }
}
