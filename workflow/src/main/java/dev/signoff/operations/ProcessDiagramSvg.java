package dev.signoff.operations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;

/**
 * Draws a BPMN model as SVG from its diagram interchange (DI) coordinates: each shape at its bounds
 * (events as circles, gateways as diamonds, activities as rounded boxes, sub-processes behind what
 * they contain), each sequence flow along its waypoints, with the element's name. Elements a
 * process instance waits in are marked {@code active}, those with an incident {@code incident}.
 * Every text is escaped.
 */
final class ProcessDiagramSvg {

  private static final int MARGIN = 20;
  private static final int LINE_CHARACTERS = 18;

  private ProcessDiagramSvg() {}

  static String render(
      BpmnModelInstance model, Collection<String> active, Collection<String> incidents) {
    List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
    // Larger shapes first, so a sub-process lies behind what it contains.
    shapes.sort(
        Comparator.comparingDouble(
                (BpmnShape shape) -> shape.getBounds().getWidth() * shape.getBounds().getHeight())
            .reversed());
    Collection<BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (BpmnShape shape : shapes) {
      Bounds bounds = shape.getBounds();
      minX = Math.min(minX, bounds.getX());
      minY = Math.min(minY, bounds.getY());
      maxX = Math.max(maxX, bounds.getX() + bounds.getWidth());
      maxY = Math.max(maxY, bounds.getY() + bounds.getHeight() + 30);
    }
    for (BpmnEdge edge : edges) {
      for (Waypoint point : edge.getWaypoints()) {
        minX = Math.min(minX, point.getX());
        minY = Math.min(minY, point.getY());
        maxX = Math.max(maxX, point.getX());
        maxY = Math.max(maxY, point.getY());
      }
    }
    if (shapes.isEmpty()) {
      minX = minY = maxX = maxY = 0;
    }
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"process-diagram\" role=\"img\"")
        .append(" viewBox=\"")
        .append(number(minX - MARGIN))
        .append(' ')
        .append(number(minY - MARGIN))
        .append(' ')
        .append(number(maxX - minX + 2 * MARGIN))
        .append(' ')
        .append(number(maxY - minY + 2 * MARGIN))
        .append("\" style=\"width:100%;font-family:sans-serif;font-size:11px\">")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
        .append(" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker>")
        .append("<style>.shape{fill:#fff;stroke:#555;stroke-width:1.5}")
        .append(".subprocess{fill:none;stroke-dasharray:4 3}")
        .append(".active .shape{stroke:#1676f3;stroke-width:4;fill:#e8f1fe}")
        .append(".incident .shape{stroke:#d32f2f;stroke-width:4;fill:#fdecea}")
        .append(".flow{fill:none;stroke:#555;stroke-width:1.2}</style></defs>");
    for (BpmnShape shape : shapes) {
      drawShape(svg, shape, active, incidents);
    }
    for (BpmnEdge edge : edges) {
      svg.append("<polyline class=\"flow\" marker-end=\"url(#arrow)\" points=\"");
      for (Waypoint point : edge.getWaypoints()) {
        svg.append(number(point.getX())).append(',').append(number(point.getY())).append(' ');
      }
      svg.append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static void drawShape(
      StringBuilder svg, BpmnShape shape, Collection<String> active, Collection<String> incidents) {
    BaseElement element = shape.getBpmnElement();
    if (element == null) {
      return;
    }
    String id = element.getId();
    Bounds bounds = shape.getBounds();
    double x = bounds.getX();
    double y = bounds.getY();
    double width = bounds.getWidth();
    double height = bounds.getHeight();
    String state = incidents.contains(id) ? " incident" : active.contains(id) ? " active" : "";
    svg.append("<g class=\"element ")
        .append(element.getElementType().getTypeName().toLowerCase(Locale.ROOT))
        .append(state)
        .append("\" data-element-id=\"")
        .append(escaped(id))
        .append("\">");
    String name = element.getAttributeValue("name");
    if (name != null) {
      svg.append("<title>").append(escaped(name)).append("</title>");
    }
    boolean labelBelow = false;
    if (element instanceof Event) {
      double radius = Math.min(width, height) / 2;
      svg.append("<circle class=\"shape\" cx=\"")
          .append(number(x + width / 2))
          .append("\" cy=\"")
          .append(number(y + height / 2))
          .append("\" r=\"")
          .append(number(radius))
          .append("\"/>");
      labelBelow = true;
    } else if (element instanceof Gateway) {
      svg.append("<polygon class=\"shape\" points=\"")
          .append(number(x + width / 2))
          .append(',')
          .append(number(y))
          .append(' ')
          .append(number(x + width))
          .append(',')
          .append(number(y + height / 2))
          .append(' ')
          .append(number(x + width / 2))
          .append(',')
          .append(number(y + height))
          .append(' ')
          .append(number(x))
          .append(',')
          .append(number(y + height / 2))
          .append("\"/>");
      labelBelow = true;
    } else {
      svg.append("<rect class=\"shape")
          .append(element instanceof SubProcess ? " subprocess" : "")
          .append("\" x=\"")
          .append(number(x))
          .append("\" y=\"")
          .append(number(y))
          .append("\" width=\"")
          .append(number(width))
          .append("\" height=\"")
          .append(number(height))
          .append("\" rx=\"8\"/>");
    }
    if (name != null && !name.isBlank()) {
      List<String> lines = wrapped(name);
      double textX = x + width / 2;
      double textY =
          element instanceof SubProcess
              ? y + 14
              : labelBelow ? y + height + 14 : y + height / 2 - (lines.size() - 1) * 6.5 + 4;
      svg.append("<text text-anchor=\"middle\" x=\"")
          .append(number(textX))
          .append("\" y=\"")
          .append(number(textY))
          .append("\">");
      for (int line = 0; line < lines.size(); line++) {
        svg.append("<tspan x=\"")
            .append(number(textX))
            .append("\" dy=\"")
            .append(line == 0 ? "0" : "13")
            .append("\">")
            .append(escaped(lines.get(line)))
            .append("</tspan>");
      }
      svg.append("</text>");
    }
    svg.append("</g>");
  }

  /** The name in lines of about {@value #LINE_CHARACTERS} characters, broken between words. */
  static List<String> wrapped(String name) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARACTERS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  static String escaped(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static String number(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }
}
