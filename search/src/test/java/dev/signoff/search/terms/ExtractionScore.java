package dev.signoff.search.terms;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall per field of the extractor, and clause typing accuracy, over labelled
 * clauses. An extracted term is a true positive only when its field and normalised value equal a
 * labelled term of the same clause not matched before.
 */
final class ExtractionScore {

  /** Counts of one field: labelled, extracted and true positives. */
  record Counts(int labelled, int extracted, int truePositives) {

    double precision() {
      return extracted == 0 ? 1.0 : (double) truePositives / extracted;
    }

    double recall() {
      return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }

    Counts plus(Counts other) {
      return new Counts(
          labelled + other.labelled,
          extracted + other.extracted,
          truePositives + other.truePositives);
    }
  }

  final Map<TermField, Counts> perField = new EnumMap<>(TermField.class);
  final List<String> errors = new ArrayList<>();
  int clauses;
  int primaryTypeCorrect;
  int labelledTypes;
  int labelledTypesFound;

  static ExtractionScore of(List<LabelledClauses.Labelled> labelled) {
    ExtractionScore score = new ExtractionScore();
    for (TermField field : TermField.values()) {
      score.perField.put(field, new Counts(0, 0, 0));
    }
    labelled.forEach(score::add);
    return score;
  }

  private void add(LabelledClauses.Labelled clause) {
    List<String> expected =
        new ArrayList<>(
            clause.terms().stream().map(t -> t.field() + "=" + t.normalised()).toList());
    clause.terms().forEach(t -> count(t.field(), new Counts(1, 0, 0)));
    for (ExtractedTerm term : TermExtractor.extract(clause.heading(), clause.text())) {
      String found = term.field() + "=" + term.value().normalised();
      boolean correct = expected.remove(found);
      count(term.field(), new Counts(0, 1, correct ? 1 : 0));
      if (!correct) {
        errors.add(clause.id() + " unexpected " + found + " from \"" + term.matchedText() + "\"");
      }
    }
    expected.forEach(e -> errors.add(clause.id() + " missed " + e));

    clauses++;
    Set<ClauseType> types = ClauseTypes.classify(clause.heading(), clause.text());
    if (types.iterator().next() == clause.types().get(0)) {
      primaryTypeCorrect++;
    } else {
      errors.add(clause.id() + " typed " + types + ", labelled " + clause.types());
    }
    labelledTypes += clause.types().size();
    labelledTypesFound += (int) clause.types().stream().filter(types::contains).count();
  }

  private void count(TermField field, Counts counts) {
    perField.merge(field, counts, Counts::plus);
  }

  Counts total() {
    return perField.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  double primaryTypeAccuracy() {
    return (double) primaryTypeCorrect / clauses;
  }

  double labelledTypesRecall() {
    return (double) labelledTypesFound / labelledTypes;
  }

  /** The table as Markdown, followed by the typing accuracy. */
  String report(String title) {
    StringBuilder out = new StringBuilder(title).append('\n');
    out.append("| field | labelled | extracted | TP | precision | recall |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    perField.forEach((field, c) -> out.append(row(field.name(), c)));
    out.append(row("**all fields**", total()));
    out.append(
        String.format(
            "%nClause types: primary type correct %d/%d (%.2f); labelled types found %d/%d (%.2f)%n",
            primaryTypeCorrect,
            clauses,
            primaryTypeAccuracy(),
            labelledTypesFound,
            labelledTypes,
            labelledTypesRecall()));
    errors.forEach(e -> out.append("  ").append(e).append('\n'));
    return out.toString();
  }

  private static String row(String name, Counts c) {
    return String.format(
        "| %s | %d | %d | %d | %.2f | %.2f |%n",
        name, c.labelled(), c.extracted(), c.truePositives(), c.precision(), c.recall());
  }
}
