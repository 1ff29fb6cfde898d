package dev.signoff.search.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction precision and recall per field, and clause typing accuracy, on the labelled
 * clauses, prints the table and fails when a field drops below its floor. The floors are set from
 * measured results, a little below them, so a regression fails the build.
 */
class TermExtractionQualityTest {

  private static final double PRECISION_FLOOR = 0.9;
  private static final double RECALL_FLOOR = 0.85;
  private static final double PRIMARY_TYPE_FLOOR = 0.9;

  private static List<LabelledClauses.Labelled> clauses;

  @BeforeAll
  static void load() throws IOException {
    clauses = LabelledClauses.load();
  }

  @Test
  void labelledSetIsLargeAndCoversEveryFieldAtLeastEightTimes() {
    assertThat(clauses).hasSizeGreaterThanOrEqualTo(170);
    Map<TermField, Integer> counts = new EnumMap<>(TermField.class);
    clauses.forEach(c -> c.terms().forEach(t -> counts.merge(t.field(), 1, Integer::sum)));
    for (TermField field : TermField.values()) {
      assertThat(counts.getOrDefault(field, 0)).as(field.name()).isGreaterThanOrEqualTo(8);
    }
  }

  @Test
  void extractionMeetsPrecisionAndRecallFloorsPerField() {
    Map<TermField, int[]> counts = new EnumMap<>(TermField.class);
    for (TermField field : TermField.values()) {
      counts.put(field, new int[3]);
    }
    List<String> misses = new ArrayList<>();
    for (LabelledClauses.Labelled clause : clauses) {
      List<String> expected =
          new ArrayList<>(
              clause.terms().stream().map(t -> t.field() + "=" + t.normalised()).toList());
      List<String> extracted =
          TermExtractor.extract(clause.heading(), clause.text()).stream()
              .map(t -> t.field() + "=" + t.value().normalised())
              .toList();
      clause.terms().forEach(t -> counts.get(t.field())[0]++);
      for (String found : extracted) {
        TermField field = TermField.valueOf(found.substring(0, found.indexOf('=')));
        counts.get(field)[1]++;
        if (expected.remove(found)) {
          counts.get(field)[2]++;
        } else {
          misses.add(clause.id() + " unexpected " + found);
        }
      }
      expected.forEach(e -> misses.add(clause.id() + " missed " + e));
    }
    System.out.println(table(counts));
    misses.forEach(m -> System.out.println("  " + m));
    SoftAssertions softly = new SoftAssertions();
    counts.forEach(
        (field, c) -> {
          softly
              .assertThat(precision(c))
              .as(field + " precision")
              .isGreaterThanOrEqualTo(PRECISION_FLOOR);
          softly.assertThat(recall(c)).as(field + " recall").isGreaterThanOrEqualTo(RECALL_FLOOR);
        });
    softly.assertAll();
  }

  @Test
  void clauseTypingMeetsAccuracyFloor() {
    int primaryCorrect = 0;
    int labelledTypes = 0;
    int labelledTypesFound = 0;
    for (LabelledClauses.Labelled clause : clauses) {
      Set<ClauseType> types = ClauseTypes.classify(clause.heading(), clause.text());
      if (types.iterator().next() == clause.types().get(0)) {
        primaryCorrect++;
      } else {
        System.out.println("  " + clause.id() + " typed " + types + ", labelled " + clause.types());
      }
      labelledTypes += clause.types().size();
      labelledTypesFound += (int) clause.types().stream().filter(types::contains).count();
    }
    double primary = (double) primaryCorrect / clauses.size();
    double coverage = (double) labelledTypesFound / labelledTypes;
    System.out.printf(
        "Clause types: primary type correct %d/%d (%.2f); labelled types found %d/%d (%.2f)%n",
        primaryCorrect, clauses.size(), primary, labelledTypesFound, labelledTypes, coverage);
    assertThat(primary).isGreaterThanOrEqualTo(PRIMARY_TYPE_FLOOR);
    assertThat(coverage).isGreaterThanOrEqualTo(PRIMARY_TYPE_FLOOR);
  }

  private static String table(Map<TermField, int[]> counts) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "| %-36s | %8s | %9s | %4s | %9s | %6s |%n",
            "field", "labelled", "extracted", "TP", "precision", "recall"));
    out.append(
        String.format(
            "|%s|%s|%s|%s|%s|%s|%n",
            "-".repeat(38),
            "-".repeat(10),
            "-".repeat(11),
            "-".repeat(6),
            "-".repeat(11),
            "-".repeat(8)));
    int[] total = new int[3];
    counts.forEach(
        (field, c) -> {
          out.append(row(field.name(), c));
          for (int i = 0; i < 3; i++) {
            total[i] += c[i];
          }
        });
    out.append(row("all fields", total));
    return out.toString();
  }

  private static String row(String name, int[] c) {
    return String.format(
        "| %-36s | %8d | %9d | %4d | %9.2f | %6.2f |%n",
        name, c[0], c[1], c[2], precision(c), recall(c));
  }

  /** Precision of a field with nothing extracted is 1: it made no wrong claim. */
  private static double precision(int[] c) {
    return c[1] == 0 ? 1.0 : (double) c[2] / c[1];
  }

  private static double recall(int[] c) {
    return c[0] == 0 ? 1.0 : (double) c[2] / c[0];
  }
}
