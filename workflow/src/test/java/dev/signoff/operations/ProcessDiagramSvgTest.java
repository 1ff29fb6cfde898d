package dev.signoff.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.signoff.review.ReviewProcess;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProcessDiagramSvgTest {

  @Test
  void drawsEveryShapeAndFlowOfTheReviewModelWithTheCurrentPositionHighlighted() throws Exception {
    BpmnModelInstance model = reviewModel();
    String svg =
        ProcessDiagramSvg.render(
            model,
            Set.of(ReviewProcess.REVIEW_TASK, ReviewProcess.REVIEW_SUBPROCESS),
            Set.of(ReviewProcess.RECORD_ROUTING_TASK));

    Document document = parse(svg);
    NodeList groups = document.getElementsByTagName("g");
    assertThat(groups.getLength())
        .isEqualTo(model.getModelElementsByType(BpmnShape.class).size())
        .isGreaterThan(20);
    assertThat(document.getElementsByTagName("polyline").getLength())
        .isEqualTo(model.getModelElementsByType(BpmnEdge.class).size());
    assertThat(classOf(document, ReviewProcess.REVIEW_TASK)).contains("usertask", "active");
    assertThat(classOf(document, ReviewProcess.REVIEW_SUBPROCESS)).contains("active");
    assertThat(classOf(document, ReviewProcess.RECORD_ROUTING_TASK)).contains("incident");
    assertThat(classOf(document, ReviewProcess.FINAL_APPROVAL_TASK))
        .doesNotContain("active", "incident");
    assertThat(classOf(document, ReviewProcess.SIGNED_END)).contains("endevent");
  }

  @Test
  void shapesSitAtTheirDiagramCoordinates() throws Exception {
    BpmnModelInstance model = reviewModel();
    BpmnShape review =
        model.getModelElementsByType(BpmnShape.class).stream()
            .filter(shape -> shape.getBpmnElement().getId().equals(ReviewProcess.REVIEW_TASK))
            .findFirst()
            .orElseThrow();
    Element group =
        groupOf(
            parse(ProcessDiagramSvg.render(model, Set.of(), Set.of())), ReviewProcess.REVIEW_TASK);
    Element rect = (Element) group.getElementsByTagName("rect").item(0);
    assertThat(Double.parseDouble(rect.getAttribute("x"))).isEqualTo(review.getBounds().getX());
    assertThat(Double.parseDouble(rect.getAttribute("y"))).isEqualTo(review.getBounds().getY());
    assertThat(Double.parseDouble(rect.getAttribute("width")))
        .isEqualTo(review.getBounds().getWidth());
  }

  @Test
  void namesAreEscaped() throws Exception {
    BpmnModelInstance model = reviewModel();
    model
        .getModelElementById(ReviewProcess.REVIEW_TASK)
        .setAttributeValue("name", "<script>alert('x')</script> & \"co\"");
    String svg = ProcessDiagramSvg.render(model, Set.of(), Set.of());
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)");
    assertThat(parse(svg).getElementsByTagName("script").getLength()).isZero();
  }

  @Test
  void theModelParserRefusesExternalEntities() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE definitions [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"
            targetNamespace="http://signoff.dev/test">
          <process id="p" name="&secret;" isExecutable="true"/>
        </definitions>
        """;
    assertThatThrownBy(
            () ->
                Bpmn.readModelFromStream(
                    new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8))))
        .hasStackTraceContaining("DOCTYPE");
  }

  @Test
  void longNamesWrapBetweenWords() {
    assertThat(ProcessDiagramSvg.wrapped("Determine who reviews again after a revision"))
        .containsExactly("Determine who", "reviews again", "after a revision");
  }

  private static BpmnModelInstance reviewModel() throws Exception {
    try (InputStream stream =
        ProcessDiagramSvgTest.class.getClassLoader().getResourceAsStream(ReviewProcess.RESOURCE)) {
      return Bpmn.readModelFromStream(stream);
    }
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static String classOf(Document document, String elementId) {
    return groupOf(document, elementId).getAttribute("class");
  }

  private static Element groupOf(Document document, String elementId) {
    NodeList groups = document.getElementsByTagName("g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("data-element-id").equals(elementId)) {
        return group;
      }
    }
    throw new AssertionError("No shape of " + elementId);
  }
}
