package dev.signoff.bench;

import dev.signoff.search.corpus.SyntheticDeals;
import dev.signoff.search.terms.ClauseTypes;
import dev.signoff.search.terms.TermExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU time of typing a clause and extracting its terms, the part of a precedent rebuild that is
 * Signoff's own rather than Lucene's: generated clauses are typed and read several times over on
 * one thread, and the CPU time of that thread per clause is printed as a Markdown table.
 *
 * <pre>bench/terms.sh [--deals N] [--rounds R]</pre>
 */
public final class TermsBench {

  private TermsBench() {}

  public static void main(String[] args) {
    int deals = 2_000;
    int rounds = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--deals" -> deals = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("Unknown option " + args[i]);
      }
    }
    List<String[]> clauses = new ArrayList<>();
    new SyntheticDeals(20_261_127L)
        .deals(deals)
        .forEach(
            deal ->
                deal.clauses()
                    .forEach(
                        clause -> clauses.add(new String[] {clause.heading(), clause.text()})));
    long characters = clauses.stream().mapToLong(clause -> clause[1].length()).sum();
    System.out.printf(
        Locale.ROOT,
        "%,d generated clauses of %,d characters on average; CPU time of one thread, %d rounds"
            + " (the first warms up)%n%n",
        clauses.size(),
        characters / clauses.size(),
        rounds);
    System.out.println(
        "| round | classify µs/clause | extract µs/clause | together µs/clause | types | terms |");
    System.out.println("|---:|---:|---:|---:|---:|---:|");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      long start = threads.getCurrentThreadCpuTime();
      int types = 0;
      for (String[] clause : clauses) {
        types += ClauseTypes.classify(clause[0], clause[1]).size();
      }
      long classified = threads.getCurrentThreadCpuTime();
      int terms = 0;
      for (String[] clause : clauses) {
        terms += TermExtractor.extract(clause[0], clause[1]).size();
      }
      long extracted = threads.getCurrentThreadCpuTime();
      double classify = (classified - start) / 1e3 / clauses.size();
      double extract = (extracted - classified) / 1e3 / clauses.size();
      System.out.printf(
          Locale.ROOT,
          "| %d | %.1f | %.1f | %.1f | %,d | %,d |%n",
          round,
          classify,
          extract,
          classify + extract,
          types,
          terms);
    }
  }
}
