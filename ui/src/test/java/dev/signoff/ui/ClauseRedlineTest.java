package dev.signoff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import dev.signoff.contract.ClauseDiff;
import dev.signoff.contract.ClauseStatus;
import dev.signoff.contract.DiffSegment;
import dev.signoff.contract.DiffSegment.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClauseRedlineTest {

  @Test
  void contractTextIsSetAsTextNeverAsMarkup() {
    ClauseDiff clause =
        new ClauseDiff(
            ClauseStatus.CHANGED,
            true,
            false,
            true,
            "8.1",
            "Cap",
            "8.1 Cap",
            "9.1",
            "Cap",
            "9.1 Cap",
            List.of(
                new DiffSegment(Kind.EQUAL, "<b>Cap</b>. Liability is "),
                new DiffSegment(Kind.DELETED, "<script>alert(1)</script>"),
                new DiffSegment(Kind.INSERTED, "<img src=x onerror=alert(2)>")));

    Element text = descendant(new ClauseRedline(clause).getElement(), "redline-text");

    assertThat(text.getChildren().map(Element::getTag)).containsExactly("span", "del", "ins");
    assertThat(text.getChildren().map(Element::getText))
        .containsExactly(
            "<b>Cap</b>. Liability is ",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>");
    assertThat(text.getChildren())
        .allSatisfy(
            segment -> {
              assertThat(segment.getProperty("innerHTML")).isNull();
              assertThat(segment.getChildren().filter(child -> !child.isTextNode())).isEmpty();
            });
    assertThat(text.getChild(1).getStyle().get("text-decoration")).isEqualTo("line-through");
    assertThat(text.getChild(2).getStyle().get("text-decoration")).isEqualTo("underline");
  }

  @Test
  void badgesSayWhatHappenedToTheClause() {
    assertThat(badges(clause(ClauseStatus.CHANGED, true, false, true, "8.1", "9.1")))
        .containsExactly("9.1", "changed", "renumbered from 8.1");
    assertThat(badges(clause(ClauseStatus.MOVED, false, true, true, "7.2", "9.1")))
        .containsExactly("9.1", "moved from 7.2");
    assertThat(badges(clause(ClauseStatus.ADDED, false, false, false, null, "8")))
        .containsExactly("8", "added");
    assertThat(badges(clause(ClauseStatus.REMOVED, false, false, false, "8.2", null)))
        .containsExactly("8.2", "removed");
    assertThat(badges(clause(ClauseStatus.UNCHANGED, false, false, false, "", "")))
        .containsExactly("Preamble", "unchanged");
  }

  private static ClauseDiff clause(
      ClauseStatus status,
      boolean changed,
      boolean moved,
      boolean renumbered,
      String oldNumber,
      String newNumber) {
    String oldLabel = oldNumber == null ? null : oldNumber.isEmpty() ? "preamble" : oldNumber;
    String newLabel = newNumber == null ? null : newNumber.isEmpty() ? "preamble" : newNumber;
    return new ClauseDiff(
        status,
        changed,
        moved,
        renumbered,
        oldNumber,
        oldNumber == null ? null : "",
        oldLabel,
        newNumber,
        newNumber == null ? null : "",
        newLabel,
        List.of(new DiffSegment(Kind.EQUAL, "Text.")));
  }

  private static List<String> badges(ClauseDiff clause) {
    return descendants(new ClauseRedline(clause).getElement())
        .filter(
            element ->
                element.getClassList().contains("redline-number")
                    || element.getClassList().contains("redline-badge"))
        .map(Element::getText)
        .toList();
  }

  private static Element descendant(Element root, String className) {
    return descendants(root)
        .filter(element -> element.getClassList().contains(className))
        .findFirst()
        .orElseThrow();
  }

  private static Stream<Element> descendants(Element root) {
    return Stream.concat(
        Stream.of(root), root.getChildren().flatMap(ClauseRedlineTest::descendants));
  }
}
