package dev.signoff.search.terms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reads the labelled clauses in {@code terms/labelled-clauses.txt}. */
final class LabelledClauses {

  /** One expected term: the field and its normalised value, as {@link TermValue#normalised()}. */
  record Expected(TermField field, String normalised) {}

  record Labelled(
      String id, String heading, String text, List<ClauseType> types, List<Expected> terms) {}

  private LabelledClauses() {}

  static List<Labelled> load() throws IOException {
    return load("labelled-clauses.txt");
  }

  static List<Labelled> load(String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(LabelledClauses.class.getResourceAsStream("/terms/" + name))) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static List<Labelled> parse(String content) {
    List<Labelled> result = new ArrayList<>();
    String[] blocks = content.split("(?m)^=== ");
    for (int i = 1; i < blocks.length; i++) {
      result.add(block(blocks[i]));
    }
    return result;
  }

  private static Labelled block(String block) {
    String id = block.substring(0, block.indexOf('\n')).trim();
    String heading = field(block, "heading");
    List<ClauseType> types =
        Arrays.stream(field(block, "types").split(","))
            .map(String::trim)
            .map(ClauseType::valueOf)
            .toList();
    List<Expected> terms = new ArrayList<>();
    String termsLine = field(block, "terms");
    if (!termsLine.equals("-")) {
      for (String term : termsLine.split(";")) {
        String[] parts = term.trim().split("=", 2);
        TermField termField = TermField.valueOf(parts[0].trim());
        terms.add(new Expected(termField, normalise(termField, parts[1].trim())));
      }
    }
    int textStart = block.indexOf("\ntext:\n");
    if (textStart < 0) {
      throw new IllegalArgumentException("clause " + id + " has no text");
    }
    return new Labelled(id, heading, block.substring(textStart + 7).strip(), types, terms);
  }

  private static String field(String block, String name) {
    for (String line : block.split("\n")) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).trim();
      }
      if (line.startsWith("text:")) {
        break;
      }
    }
    throw new IllegalArgumentException("missing " + name + " in " + block);
  }

  /** The expected value in the same form as the extractor's normalised values. */
  private static String normalise(TermField field, String value) {
    return switch (field.kind()) {
      case QUANTITY ->
          new TermValue.Quantity(new java.math.BigDecimal(value), unitOf(field)).normalised();
      case MONEY -> {
        String[] parts = value.split("\\s+");
        yield new TermValue.Money(new java.math.BigDecimal(parts[0]), parts[1]).normalised();
      }
      case FLAG -> new TermValue.Flag(Boolean.parseBoolean(value)).normalised();
      case TRAINING -> new TermValue.Training(TrainingUse.valueOf(value)).normalised();
    };
  }

  static TermUnit unitOf(TermField field) {
    return switch (field) {
      case LIABILITY_CAP_MONTHS -> TermUnit.MONTHS_OF_FEES;
      case BREACH_NOTIFICATION_HOURS -> TermUnit.HOURS;
      case UPTIME_PERCENT, PRICE_INCREASE_CAP_PERCENT, USAGE_ALERT_THRESHOLD_PERCENT ->
          TermUnit.PERCENT;
      case LATENCY_P95_MS, LATENCY_P99_MS -> TermUnit.MILLISECONDS;
      default -> TermUnit.DAYS;
    };
  }
}
