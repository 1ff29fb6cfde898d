package dev.signoff.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/** The deal review model opens in Camunda Modeler as a readable diagram. */
class DealReviewDiagramTest {

  private final BpmnModelInstance model = readModel();

  @Test
  void modelHasDiagramInformationForEveryElement() {
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

  /**
   * No two shapes overlap, except the two ways a diagram draws one element on another: an expanded
   * subprocess around the elements inside it, and a boundary event on the border of its task. Both
   * are checked precisely by the tests below.
   */
  @Test
  void diagramShapesDoNotOverlap() {
    List<BpmnShape> shapes = List.copyOf(model.getModelElementsByType(BpmnShape.class));

    for (int i = 0; i < shapes.size(); i++) {
      for (int j = i + 1; j < shapes.size(); j++) {
        BaseElement first = shapes.get(i).getBpmnElement();
        BaseElement second = shapes.get(j).getBpmnElement();
        if (isInside(first, second)
            || isInside(second, first)
            || isAttachedTo(first, second)
            || isAttachedTo(second, first)) {
          continue;
        }
        assertThat(overlap(shapes.get(i).getBounds(), shapes.get(j).getBounds()))
            .as("%s overlaps %s", first.getId(), second.getId())
            .isFalse();
      }
    }
  }

  @Test
  void subprocessesAreExpandedAroundTheirElementsAndFlows() {
    Map<String, BpmnShape> shapesById = shapesById();
    Collection<SubProcess> subprocesses = model.getModelElementsByType(SubProcess.class);

    assertThat(subprocesses).isNotEmpty();
    for (SubProcess subprocess : subprocesses) {
      BpmnShape subprocessShape = shapesById.get(subprocess.getId());
      assertThat(subprocessShape.isExpanded()).as("%s is expanded", subprocess.getId()).isTrue();
      Bounds outer = subprocessShape.getBounds();

      assertThat(subprocess.getChildElementsByType(FlowNode.class))
          .isNotEmpty()
          .allSatisfy(
              node ->
                  assertThat(encloses(outer, shapesById.get(node.getId()).getBounds()))
                      .as("%s inside %s", node.getId(), subprocess.getId())
                      .isTrue());
      assertThat(subprocess.getChildElementsByType(SequenceFlow.class))
          .isNotEmpty()
          .allSatisfy(
              flow ->
                  assertThat(edgeOf(flow).getWaypoints())
                      .as("waypoints of %s inside %s", flow.getId(), subprocess.getId())
                      .allSatisfy(point -> assertThat(encloses(outer, point)).isTrue()));
    }
  }

  @Test
  void boundaryEventsSitOnTheBorderOfTheirTask() {
    Map<String, BpmnShape> shapesById = shapesById();
    Collection<BoundaryEvent> boundaryEvents = model.getModelElementsByType(BoundaryEvent.class);

    assertThat(boundaryEvents).isNotEmpty();
    for (BoundaryEvent event : boundaryEvents) {
      Bounds eventBounds = shapesById.get(event.getId()).getBounds();
      Bounds task = shapesById.get(event.getAttachedTo().getId()).getBounds();
      double centerX = eventBounds.getX() + eventBounds.getWidth() / 2;
      double centerY = eventBounds.getY() + eventBounds.getHeight() / 2;

      boolean onTopOrBottom =
          (centerY == task.getY() || centerY == task.getY() + task.getHeight())
              && centerX >= task.getX()
              && centerX <= task.getX() + task.getWidth();
      boolean onLeftOrRight =
          (centerX == task.getX() || centerX == task.getX() + task.getWidth())
              && centerY >= task.getY()
              && centerY <= task.getY() + task.getHeight();
      assertThat(onTopOrBottom || onLeftOrRight)
          .as("%s on the border of %s", event.getId(), event.getAttachedTo().getId())
          .isTrue();
    }
  }

  private Map<String, BpmnShape> shapesById() {
    return model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), Function.identity()));
  }

  private BpmnEdge edgeOf(SequenceFlow flow) {
    return model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(edge -> edge.getBpmnElement().getId().equals(flow.getId()))
        .findFirst()
        .orElseThrow();
  }

  /** Whether the element is (nested) inside the subprocess in the model. */
  private static boolean isInside(BaseElement element, BaseElement subprocess) {
    if (!(subprocess instanceof SubProcess)) {
      return false;
    }
    for (ModelElementInstance parent = element.getParentElement();
        parent != null;
        parent = parent.getParentElement()) {
      if (parent.equals(subprocess)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAttachedTo(BaseElement event, BaseElement task) {
    return event instanceof BoundaryEvent boundaryEvent
        && task.equals(boundaryEvent.getAttachedTo());
  }

  private static BpmnModelInstance readModel() {
    InputStream model =
        DealReviewDiagramTest.class
            .getClassLoader()
            .getResourceAsStream(DealReviewProcessTest.MODEL);
    assertThat(model).as(DealReviewProcessTest.MODEL).isNotNull();
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

  private static boolean encloses(Bounds outer, Bounds inner) {
    return outer.getX() < inner.getX()
        && outer.getY() < inner.getY()
        && inner.getX() + inner.getWidth() < outer.getX() + outer.getWidth()
        && inner.getY() + inner.getHeight() < outer.getY() + outer.getHeight();
  }

  private static boolean encloses(Bounds outer, Waypoint point) {
    return outer.getX() < point.getX()
        && point.getX() < outer.getX() + outer.getWidth()
        && outer.getY() < point.getY()
        && point.getY() < outer.getY() + outer.getHeight();
  }
}
