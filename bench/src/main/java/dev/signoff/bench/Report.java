package dev.signoff.bench;

import dev.signoff.search.SearchCacheStatistics;
import dev.signoff.search.SearchProperties;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What one benchmark run measured, printed as Markdown tables with the targets. */
final class Report {

  /** One query run once on both sides. */
  record Comparison(
      String query,
      String signoffTotal,
      String baselineTotal,
      String signoffFragment,
      String baselineFragment) {}

  static final String SEARCH = "Signoff clause search";
  static final String SIMILAR = "Signoff similar clauses";
  static final String REPEATED_SEARCH = "Signoff clause search, answers kept";
  static final String REPEATED_SIMILAR = "Signoff similar clauses, answers kept";

  private static final double REBUILD_TARGET_SECONDS = 180;
  private static final double SEARCH_P99_TARGET_MS = 25;
  private static final double SEARCH_THROUGHPUT_TARGET = 1_000;
  private static final double SIMILAR_P99_TARGET_MS = 60;
  private static final double BASELINE_FACTOR_TARGET = 5;
  private static final int TARGET_CLIENTS = 4;

  private final PrecedentBench.Options options;
  long clauses;
  double loadSeconds;
  double baselineIndexSeconds;
  long baselineBytes;
  long baselineTextIndexBytes;
  long indexedDeals;
  double rebuildSeconds;
  double rebuildCpuSeconds;
  double rebuildLoadAverage;
  int rebuildThreads;
  long indexBytes;
  long heapBytes;
  String reusedIndex;
  SearchCacheStatistics cacheStatistics;
  long signedDuringSearches;
  String searchUnavailable;
  String similarUnavailable;
  int similarSamples;
  int similarFound;
  final List<Comparison> comparisons = new ArrayList<>();
  double[] signoffMillis = new double[0];
  double[] baselineMillis = new double[0];
  final List<LoadTest.Stats> stats = new ArrayList<>();

  Report(PrecedentBench.Options options) {
    this.options = options;
  }

  void print(PrintStream out) {
    out.println();
    out.printf(
        Locale.ROOT,
        "Corpus: %,d synthetic deals, %,d clauses (seed %d). Machine: %d cores, Java %s, heap max"
            + " %s. Each load level: %d s warm-up, %d s measured.%n%n",
        options.deals(),
        clauses,
        options.seed(),
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        PrecedentBench.bytes(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()),
        options.warmUp().toSeconds(),
        options.duration().toSeconds());
    if (reusedIndex != null) {
      out.printf(
          Locale.ROOT,
          "Searched the index kept in %s by an earlier run: %s on disk, heap used after GC %s."
              + "%n%n",
          reusedIndex,
          PrecedentBench.bytes(indexBytes),
          PrecedentBench.bytes(heapBytes));
    } else {
      printBuild(out);
    }
    printLoad(out);
  }

  private void printBuild(PrintStream out) {
    out.println("| build | time s | on disk | notes |");
    out.println("|---|---:|---:|---|");
    out.printf(
        Locale.ROOT,
        "| PostgreSQL: COPY of deals, readers and clauses (tsvector computed on insert) | %.1f | |"
            + " %,d clause rows |%n",
        loadSeconds,
        clauses);
    out.printf(
        Locale.ROOT,
        "| PostgreSQL: primary key, GIN on tsvector and readers, ANALYZE | %.1f | %s | GIN on"
            + " text %s |%n",
        baselineIndexSeconds,
        PrecedentBench.bytes(baselineBytes),
        PrecedentBench.bytes(baselineTextIndexBytes));
    out.printf(
        Locale.ROOT,
        "| Signoff: full rebuild from PostgreSQL (read, build documents, index, commit) | %.1f |"
            + " %s | %,d deals, %d indexing threads, %.0f s CPU, load average %.1f at the end;"
            + " heap used after GC %s |%n%n",
        rebuildSeconds,
        PrecedentBench.bytes(indexBytes),
        indexedDeals,
        rebuildThreads,
        rebuildCpuSeconds,
        rebuildLoadAverage,
        PrecedentBench.bytes(heapBytes));
  }

  private void printLoad(PrintStream out) {
    out.println(
        "| workload | clients | requests | p50 ms | p95 ms | p99 ms | q/s | errors | load avg |");
    out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (LoadTest.Stats run : stats) {
      out.printf(
          Locale.ROOT,
          "| %s | %d | %,d | %.1f | %.1f | %.1f | %,.0f | %d | %.1f |%n",
          run.workload(),
          run.clients(),
          run.requests(),
          run.p50Millis(),
          run.p95Millis(),
          run.p99Millis(),
          run.perSecond(),
          run.errors(),
          run.loadAverage());
    }
    if (searchUnavailable != null) {
      out.println("\nSignoff clause search not measured: " + searchUnavailable);
    }
    if (similarUnavailable != null) {
      out.println("\nSignoff similar clauses not measured: " + similarUnavailable);
    } else {
      out.printf(
          Locale.ROOT,
          "%nSimilar clauses: %d sample clauses from deals outside the corpus, %d similar clauses"
              + " found in all.%n",
          similarSamples,
          similarFound);
    }
    if (cacheStatistics != null) {
      out.printf(
          Locale.ROOT,
          "%nAnswers kept: the rows \"answers kept\" ran as the server runs, on an index keeping"
              + " up to %d answers of its current searcher, while a deal was signed every %s s"
              + " (%,d deals; each makes a new searcher that computes every search anew): %,d"
              + " requests answered with a kept answer, %,d computed. The other rows computed"
              + " every answer.%n",
          SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES,
          options.signEvery().toMillis() / 1000.0,
          signedDuringSearches,
          cacheStatistics.found(),
          cacheStatistics.computed());
    }
    printTargets(out);
    out.println(
        "\n| query (top 10, facets: vendor, outcome, clause type, hosting, year) |"
            + " Signoff hits | PostgreSQL hits | Signoff ms | PostgreSQL ms |");
    out.println("|---|---:|---:|---:|---:|");
    for (int i = 0; i < comparisons.size(); i++) {
      Comparison comparison = comparisons.get(i);
      out.printf(
          Locale.ROOT,
          "| `%s` | %s | %s | %.1f | %.1f |%n",
          comparison.query(),
          comparison.signoffTotal(),
          comparison.baselineTotal(),
          i < signoffMillis.length ? signoffMillis[i] : Double.NaN,
          i < baselineMillis.length ? baselineMillis[i] : Double.NaN);
    }
    out.println(
        "\n(ms: median of three runs of each query alone, one client, after the load runs.)");
    out.println();
    for (Comparison comparison : comparisons.subList(0, Math.min(3, comparisons.size()))) {
      out.println("Top fragment for `" + comparison.query() + "`:");
      out.println("- Signoff: " + oneLine(comparison.signoffFragment()));
      out.println("- PostgreSQL: " + oneLine(comparison.baselineFragment()));
    }
  }

  private void printTargets(PrintStream out) {
    LoadTest.Stats baseline = find("PostgreSQL FTS clause search", TARGET_CLIENTS);
    out.println("\n| target | measured | met |");
    out.println("|---|---|---|");
    for (String[] workloads :
        new String[][] {
          {SEARCH, SIMILAR, ""}, {REPEATED_SEARCH, REPEATED_SIMILAR, ", answers kept"}
        }) {
      LoadTest.Stats search = find(workloads[0], TARGET_CLIENTS);
      LoadTest.Stats similar = find(workloads[1], TARGET_CLIENTS);
      if (search != null) {
        target(
            out,
            "clause search p99 <= 25 ms at 4 clients" + workloads[2],
            String.format(Locale.ROOT, "%.1f ms", search.p99Millis()),
            search.p99Millis() <= SEARCH_P99_TARGET_MS);
        target(
            out,
            "clause search >= 1,000 q/s at 4 clients" + workloads[2],
            String.format(Locale.ROOT, "%,.0f q/s", search.perSecond()),
            search.perSecond() >= SEARCH_THROUGHPUT_TARGET);
      }
      if (similar != null) {
        target(
            out,
            "similar clauses p99 <= 60 ms at 4 clients" + workloads[2],
            String.format(Locale.ROOT, "%.1f ms", similar.p99Millis()),
            similar.p99Millis() <= SIMILAR_P99_TARGET_MS);
      }
    }
    if (reusedIndex == null) {
      target(
          out,
          "full rebuild < 3 min",
          String.format(Locale.ROOT, "%.1f s", rebuildSeconds),
          rebuildSeconds < REBUILD_TARGET_SECONDS);
    }
    for (int clients : options.clients()) {
      LoadTest.Stats ours = find(SEARCH, clients);
      LoadTest.Stats theirs = find("PostgreSQL FTS clause search", clients);
      if (ours != null && theirs != null) {
        double factor = ours.perSecond() / theirs.perSecond();
        target(
            out,
            ">= 5x PostgreSQL throughput at equal or better p99, " + clients + " client(s)",
            String.format(
                Locale.ROOT,
                "%.1fx; p99 %.1f vs %.1f ms",
                factor,
                ours.p99Millis(),
                theirs.p99Millis()),
            factor >= BASELINE_FACTOR_TARGET && ours.p99Millis() <= theirs.p99Millis());
      }
    }
    if (baseline == null && !options.signoffOnly()) {
      out.println("\n(PostgreSQL was not measured at " + TARGET_CLIENTS + " clients.)");
    }
  }

  private static void target(PrintStream out, String target, String measured, boolean met) {
    out.printf("| %s | %s | %s |%n", target, measured, met ? "yes" : "**no**");
  }

  private LoadTest.Stats find(String workload, int clients) {
    return stats.stream()
        .filter(run -> run.workload().equals(workload) && run.clients() == clients)
        .findFirst()
        .orElse(null);
  }

  private static String oneLine(String text) {
    String line = text.replace('\n', ' ').replace('|', '/');
    return line.length() > 220 ? line.substring(0, 220) + "…" : line;
  }
}
