package dev.signoff.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * How long comparing two contract versions takes (segmentation, pairing and word diff together),
 * for contracts of several sizes and kinds of revision. Prints a table; asserts nothing. Run with
 * {@code bench/redline.sh}.
 */
class RedlineBenchmark {

  private static final int WARMUPS = 3;
  private static final int RUNS = 7;

  @Test
  void printsComparisonTimes() throws IOException {
    Random random = new Random(7);
    String demo = Files.readString(Path.of("src/main/resources/demo/lexon-contract-analytics.md"));
    String large = numberedContract(random, 40, 8, 150);
    String unrelatedBefore = prose(random, 25_000);
    String unrelatedAfter = prose(random, 25_000);
    System.out.println();
    System.out.println(
        "| contract | revision | characters | clauses | changed / added / moved / renumbered"
            + " | median ms | max ms |");
    System.out.println("|---|---|---:|---:|---|---:|---:|");
    row("demo (Markdown)", "cap and notice changed", demo, revisedDemo(demo));
    row(
        "40 sections x 8 clauses",
        "clause inserted, later ones renumbered",
        large,
        inserted(large));
    row("40 sections x 8 clauses", "a word changed in every third clause", large, reworded(large));
    row("40 sections x 8 clauses", "clause moved to the end", large, moved(large));
    row("unnumbered, 25,000 words", "all text different", unrelatedBefore, unrelatedAfter);
  }

  private static void row(String contract, String revision, String before, String after) {
    Supplier<ContractDiff> compare = () -> ContractComparison.compare(before, after);
    for (int warmup = 0; warmup < WARMUPS; warmup++) {
      compare.get();
    }
    long[] millis = new long[RUNS];
    ContractDiff diff = null;
    for (int run = 0; run < RUNS; run++) {
      long start = System.nanoTime();
      diff = compare.get();
      millis[run] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    System.out.printf(
        "| %s | %s | %,d | %d | %d / %d / %d / %d | %d | %d |%n",
        contract,
        revision,
        after.length(),
        diff.clauses().size(),
        diff.summary().changed(),
        diff.summary().added(),
        diff.summary().moved(),
        diff.summary().renumbered(),
        millis[RUNS / 2],
        millis[RUNS - 1]);
  }

  private static String revisedDemo(String demo) {
    return demo.replace("18 months", "24 months")
        .replace("within 5 business days", "within 3 days");
  }

  private static String numberedContract(Random random, int sections, int clauses, int words) {
    StringBuilder text = new StringBuilder("# Services Agreement\n\n");
    for (int section = 1; section <= sections; section++) {
      text.append("## ").append(section).append(". Section ").append(section).append("\n\n");
      for (int clause = 1; clause <= clauses; clause++) {
        text.append(section).append('.').append(clause).append(" Heading. ");
        text.append(prose(random, words)).append("\n\n");
      }
    }
    return text.toString();
  }

  private static String inserted(String contract) {
    StringBuilder revised = new StringBuilder();
    for (String line : contract.split("\n", -1)) {
      revised.append(renumbered(line)).append('\n');
    }
    return revised
        .toString()
        .replace(
            "## 21. Section 20", "## 20. New section\n\n20.1 New. Inserted.\n\n## 21. Section 20");
  }

  /** Moves every clause from section 20 on up by one section number. */
  private static String renumbered(String line) {
    java.util.regex.Matcher number =
        java.util.regex.Pattern.compile("^(## )?(\\d+)\\.").matcher(line);
    if (!number.find() || Integer.parseInt(number.group(2)) < 20) {
      return line;
    }
    String prefix = number.group(1) == null ? "" : number.group(1);
    return prefix + (Integer.parseInt(number.group(2)) + 1) + line.substring(number.end(2));
  }

  private static String reworded(String contract) {
    String[] clauses = contract.split("\n\n");
    for (int index = 0; index < clauses.length; index += 3) {
      clauses[index] = clauses[index].replaceFirst(" ([a-z]{3}) ", " revised ");
    }
    return String.join("\n\n", clauses);
  }

  private static String moved(String contract) {
    int start = contract.indexOf("\n3.2 ");
    int end = contract.indexOf("\n3.3 ");
    return contract.substring(0, start)
        + contract.substring(end)
        + contract.substring(start, end).replace("3.2 ", "40.9 ");
  }

  private static String prose(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int word = 0; word < words; word++) {
      int length = 2 + random.nextInt(7);
      for (int letter = 0; letter < length; letter++) {
        text.append((char) ('a' + random.nextInt(26)));
      }
      text.append(word % 15 == 14 ? ".\n" : " ");
    }
    return text.toString().strip();
  }
}
