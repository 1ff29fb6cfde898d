package dev.signoff.bench;

import dev.signoff.search.PrecedentIndex;
import dev.signoff.search.PrecedentResults;
import dev.signoff.search.SearchProperties;
import dev.signoff.search.SimilarClauseQuery;
import dev.signoff.search.corpus.SyntheticDeal;
import dev.signoff.search.corpus.SyntheticDeal.SyntheticClause;
import dev.signoff.search.corpus.SyntheticDeals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;

/**
 * Compares Signoff's precedent index with PostgreSQL full-text search on one synthetic corpus, in
 * one run on one machine: loads the deals into PostgreSQL, rebuilds the index from there, then runs
 * the same clause searches on both (and similar-clause lookups on Signoff) at several levels of
 * concurrency and prints Markdown tables with the targets met or missed.
 *
 * <p>Options: {@code --deals N} (default 50,000), {@code --seed S}, {@code --warm-up SECONDS},
 * {@code --duration SECONDS}, {@code --clients 1,4,16}, {@code --jdbc URL}, {@code --user U},
 * {@code --password P}, {@code --index DIR} (build the index in DIR and keep it; a later run with
 * the same DIR searches it without loading or rebuilding anything, for repeated measurements of the
 * searches alone), {@code --signoff-only} (no PostgreSQL searches; with a kept index no PostgreSQL
 * at all).
 */
public final class PrecedentBench {

  private static final Set<String> SIMILAR_SAMPLE_TYPES =
      Set.of(
          "LIABILITY_CAP",
          "BREACH_NOTIFICATION",
          "CHANGE_MANAGEMENT",
          "DATA_RIGHTS",
          "RETENTION_AND_DELETION",
          "TERMINATION_AND_EXIT",
          "SERVICE_LEVELS",
          "PRICING",
          "INDEMNITY",
          "SUBPROCESSORS");

  private PrecedentBench() {}

  /** The run's settings, from the command line. */
  record Options(
      long deals,
      long seed,
      Duration warmUp,
      Duration duration,
      List<Integer> clients,
      String jdbcUrl,
      String user,
      String password,
      Path index,
      boolean signoffOnly,
      Duration signEvery) {

    static Options parse(String[] args) {
      long deals = 50_000;
      long seed = 20_261_127L;
      long warmUp = 10;
      long duration = 20;
      List<Integer> clients = List.of(1, 4, 16);
      String jdbcUrl =
          System.getenv()
              .getOrDefault(
                  "SIGNOFF_BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/signoff_bench");
      String user = System.getenv().getOrDefault("SIGNOFF_BENCH_POSTGRES_USER", "postgres");
      String password = System.getenv().getOrDefault("SIGNOFF_BENCH_POSTGRES_PASSWORD", "postgres");
      Path index = null;
      boolean signoffOnly = false;
      long signEveryMillis = 1_000;
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--signoff-only")) {
          signoffOnly = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("The option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--deals" -> deals = Long.parseLong(value.replace("_", "").replace(",", ""));
          case "--seed" -> seed = Long.parseLong(value);
          case "--warm-up" -> warmUp = Long.parseLong(value);
          case "--duration" -> duration = Long.parseLong(value);
          case "--clients" ->
              clients =
                  Stream.of(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
          case "--jdbc" -> jdbcUrl = value;
          case "--user" -> user = value;
          case "--password" -> password = value;
          case "--index" -> index = Path.of(value).toAbsolutePath();
          case "--sign-every" -> signEveryMillis = Math.round(Double.parseDouble(value) * 1000);
          default -> throw new IllegalArgumentException("Unknown option " + name);
        }
      }
      if (deals < 1
          || warmUp < 0
          || duration < 1
          || signEveryMillis < 1
          || clients.stream().anyMatch(c -> c < 1)) {
        throw new IllegalArgumentException("Deals, duration and clients must be positive");
      }
      if (!jdbcUrl.startsWith("jdbc:postgresql://127.0.0.1") && !jdbcUrl.contains("localhost")) {
        throw new IllegalArgumentException(
            "The benchmark database must be on loopback: " + jdbcUrl);
      }
      return new Options(
          deals,
          seed,
          Duration.ofSeconds(warmUp),
          Duration.ofSeconds(duration),
          clients,
          jdbcUrl,
          user,
          password,
          index,
          signoffOnly,
          Duration.ofMillis(signEveryMillis));
    }

    /** Whether a kept index from an earlier run is there to be searched as it is. */
    boolean reusesIndex() throws IOException {
      if (index == null || !Files.isDirectory(index)) {
        return false;
      }
      try (Stream<Path> files = Files.list(index)) {
        return files.anyMatch(file -> file.getFileName().toString().startsWith("segments_"));
      }
    }

    Connection connect() throws SQLException {
      Properties properties = new Properties();
      properties.setProperty("user", user);
      properties.setProperty("password", password);
      return DriverManager.getConnection(jdbcUrl, properties);
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Report report = new Report(options);
    SyntheticDeals generator = new SyntheticDeals(options.seed());
    List<QuerySpec> mix = QuerySpec.mix();

    boolean reuse = options.reusesIndex();
    if (!reuse) {
      loadBaseline(options, generator, report);
    }
    Path directory =
        options.index() != null
            ? Files.createDirectories(options.index())
            : Files.createTempDirectory("signoff-bench-index");
    Thread cleanUp = new Thread(() -> deleteQuietly(directory), "bench-clean-up");
    if (options.index() == null) {
      Runtime.getRuntime().addShutdownHook(cleanUp);
    }
    try {
      List<SimilarClauseQuery> similar = similarSamples(generator, options.deals());
      boolean baseline = !options.signoffOnly();
      // First every search is run: no answers are kept between requests.
      try (PrecedentIndex index = open(directory, 0)) {
        if (reuse) {
          progress("Searching the kept index in %s", directory);
          report.reusedIndex = directory.toString();
        } else {
          rebuild(options, index, report);
          progress("Rebuilt the index in %.1f s", report.rebuildSeconds);
        }
        report.indexBytes = sizeOf(directory);
        report.heapBytes = heapAfterGc();
        progress(
            "Index: %s on disk, %s heap used", bytes(report.indexBytes), bytes(report.heapBytes));
        compareOnce(options, index, mix, similar, report, baseline);
        measure(options, index, mix, similar, report, baseline);
        timeEachQuery(options, index, mix, report, baseline);
      }
      // Then as the server runs: a search repeated while the index is unchanged is answered
      // with what the searcher computed the first time.
      try (PrecedentIndex index = open(directory, SearchProperties.DEFAULT_RESULT_CACHE_ENTRIES)) {
        measureRepeated(options, generator, index, mix, similar, report);
        report.cacheStatistics = index.cacheStatistics();
      }
    } finally {
      if (options.index() == null) {
        deleteTree(directory);
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      }
    }
    report.print(System.out);
  }

  /** The index in {@code directory}, keeping at most {@code resultCacheEntries} answers. */
  private static PrecedentIndex open(Path directory, int resultCacheEntries) throws IOException {
    return new PrecedentIndex(
        FSDirectory.open(directory),
        new SearchProperties(
            directory,
            Duration.ofHours(1),
            Duration.ofSeconds(1),
            Duration.ofMillis(25),
            resultCacheEntries));
  }

  /**
   * The same workloads on an index that keeps the answers of its current searcher, while a deal is
   * signed every {@link Options#signEvery()}: each signing makes a new searcher, which computes
   * every search anew. The signed deals are removed again afterwards.
   */
  private static void measureRepeated(
      Options options,
      SyntheticDeals generator,
      PrecedentIndex index,
      List<QuerySpec> mix,
      List<SimilarClauseQuery> similar,
      Report report)
      throws Exception {
    // Past the deals whose clauses the similar-clause samples come from.
    long firstSigned = options.deals() + 1_000;
    AtomicLong nextSigned = new AtomicLong(firstSigned);
    ScheduledExecutorService signer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "bench-signer");
              thread.setDaemon(true);
              return thread;
            });
    long period = options.signEvery().toMillis();
    signer.scheduleAtFixedRate(
        () -> {
          long n = nextSigned.getAndIncrement();
          index.upsert(SignoffRebuild.document(generator.deal(n), n));
        },
        period,
        period,
        TimeUnit.MILLISECONDS);
    try {
      for (int clients : options.clients()) {
        measureSignoff(
            options,
            index,
            mix,
            similar,
            report,
            clients,
            Report.REPEATED_SEARCH,
            Report.REPEATED_SIMILAR);
        progress("%s", index.cacheStatistics());
      }
    } finally {
      signer.shutdown();
      signer.awaitTermination(1, TimeUnit.MINUTES);
    }
    report.signedDuringSearches = nextSigned.get() - firstSigned;
    for (long n = firstSigned; n < nextSigned.get(); n++) {
      index.delete(generator.deal(n).id());
    }
    index.commit();
  }

  /** Signoff's clause searches and similar-clause lookups at one level of concurrency. */
  private static void measureSignoff(
      Options options,
      PrecedentIndex index,
      List<QuerySpec> mix,
      List<SimilarClauseQuery> similar,
      Report report,
      int clients,
      String searchWorkload,
      String similarWorkload)
      throws Exception {
    if (report.searchUnavailable == null) {
      progress("%s, %d clients", searchWorkload, clients);
      report.stats.add(
          LoadTest.run(
              searchWorkload,
              clients,
              mix.size(),
              options.warmUp(),
              options.duration(),
              thread -> i -> index.search(mix.get(i).toPrecedentQuery(Readers.CALLER))));
    }
    if (report.similarUnavailable == null && !similar.isEmpty()) {
      progress("%s, %d clients", similarWorkload, clients);
      report.stats.add(
          LoadTest.run(
              similarWorkload,
              clients,
              similar.size(),
              options.warmUp(),
              options.duration(),
              thread -> i -> index.similarClauses(similar.get(i))));
    }
  }

  private static void loadBaseline(Options options, SyntheticDeals generator, Report report)
      throws SQLException {
    progress("Loading %,d deals into PostgreSQL (%s)", options.deals(), options.jdbcUrl());
    try (Connection deals = options.connect();
        Connection readers = options.connect();
        Connection clauses = options.connect()) {
      BaselineStore.recreate(deals);
      long started = System.nanoTime();
      report.clauses = BaselineStore.load(generator, options.deals(), deals, readers, clauses);
      report.loadSeconds = seconds(started);
      progress("Loaded %,d clauses in %.1f s; indexing", report.clauses, report.loadSeconds);
      started = System.nanoTime();
      BaselineStore.index(deals);
      report.baselineIndexSeconds = seconds(started);
      report.baselineBytes = BaselineStore.size(deals);
      report.baselineTextIndexBytes = BaselineStore.textIndexSize(deals);
    }
  }

  private static void rebuild(Options options, PrecedentIndex index, Report report)
      throws Exception {
    progress("Rebuilding the Signoff index from PostgreSQL");
    int threads = Runtime.getRuntime().availableProcessors();
    try (Connection deals = options.connect();
        Connection clauses = options.connect()) {
      long started = System.nanoTime();
      long cpuBefore = processCpuNanos();
      report.indexedDeals = SignoffRebuild.run(deals, clauses, index, threads);
      report.rebuildSeconds = seconds(started);
      report.rebuildCpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      report.rebuildLoadAverage =
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      report.rebuildThreads = threads;
    }
  }

  /** Clauses of deals outside the corpus, as if under review now, to look up similar ones. */
  private static List<SimilarClauseQuery> similarSamples(SyntheticDeals generator, long corpus) {
    List<SimilarClauseQuery> samples = new ArrayList<>();
    for (long n = corpus; samples.size() < 60 && n < corpus + 1_000; n++) {
      SyntheticDeal deal = generator.deal(n);
      for (SyntheticClause clause : deal.clauses()) {
        if (SIMILAR_SAMPLE_TYPES.contains(clause.type())
            && (n + clause.number().length()) % 3 == 0) {
          samples.add(
              new SimilarClauseQuery(
                  clause.heading(), clause.text(), Readers.CALLER, deal.id(), QuerySpec.TOP));
        }
      }
    }
    return samples;
  }

  /** Runs each query once on both sides and records what they found, to show they compare. */
  private static void compareOnce(
      Options options,
      PrecedentIndex index,
      List<QuerySpec> mix,
      List<SimilarClauseQuery> similar,
      Report report,
      boolean withBaseline)
      throws SQLException {
    try (BaselineSearch baseline =
        withBaseline ? new BaselineSearch(options.connect(), mix) : null) {
      for (int i = 0; i < mix.size(); i++) {
        QuerySpec spec = mix.get(i);
        BaselineSearch.Result sql = baseline == null ? null : baseline.run(i);
        String signoffTotal;
        String signoffFragment = "";
        try {
          PrecedentResults results = index.search(spec.toPrecedentQuery(Readers.CALLER));
          signoffTotal = String.format(Locale.ROOT, "%,d", results.total());
          if (!results.hits().isEmpty() && !results.hits().get(0).fragments().isEmpty()) {
            signoffFragment = results.hits().get(0).fragments().get(0);
          }
        } catch (RuntimeException e) {
          signoffTotal = "error: " + e.getMessage();
          report.searchUnavailable = e.toString();
        }
        report.comparisons.add(
            new Report.Comparison(
                spec.label(),
                signoffTotal,
                sql == null ? "" : String.format(Locale.ROOT, "%,d", sql.total()),
                signoffFragment,
                sql == null || sql.fragments().isEmpty() ? "" : sql.fragments().get(0)));
      }
    }
    try {
      int found = 0;
      for (SimilarClauseQuery query : similar) {
        found += index.similarClauses(query).size();
      }
      report.similarFound = found;
      report.similarSamples = similar.size();
    } catch (RuntimeException e) {
      report.similarUnavailable = e.toString();
    }
  }

  private static void measure(
      Options options,
      PrecedentIndex index,
      List<QuerySpec> mix,
      List<SimilarClauseQuery> similar,
      Report report,
      boolean withBaseline)
      throws Exception {
    for (int clients : options.clients()) {
      measureSignoff(options, index, mix, similar, report, clients, Report.SEARCH, Report.SIMILAR);
      if (!withBaseline) {
        continue;
      }
      progress("PostgreSQL full-text search, %d clients", clients);
      report.stats.add(
          LoadTest.run(
              "PostgreSQL FTS clause search",
              clients,
              mix.size(),
              options.warmUp(),
              options.duration(),
              thread -> {
                BaselineSearch search = new BaselineSearch(options.connect(), mix);
                return new LoadTest.Client() {
                  @Override
                  public void request(int i) throws Exception {
                    search.run(i);
                  }

                  @Override
                  public void close() throws Exception {
                    search.close();
                  }
                };
              }));
    }
  }

  /** CPU time of this process so far, or 0 where the JVM does not report it. */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return 0;
  }

  /** Times each query alone, after the load runs have warmed both sides up. */
  private static void timeEachQuery(
      Options options,
      PrecedentIndex index,
      List<QuerySpec> mix,
      Report report,
      boolean withBaseline)
      throws SQLException {
    report.signoffMillis = new double[mix.size()];
    report.baselineMillis = new double[mix.size()];
    try (BaselineSearch baseline =
        withBaseline ? new BaselineSearch(options.connect(), mix) : null) {
      for (int i = 0; i < mix.size(); i++) {
        QuerySpec spec = mix.get(i);
        int query = i;
        report.signoffMillis[i] =
            report.searchUnavailable == null
                ? medianMillis(() -> index.search(spec.toPrecedentQuery(Readers.CALLER)))
                : Double.NaN;
        report.baselineMillis[i] =
            baseline == null ? Double.NaN : medianMillis(() -> baseline.run(query));
      }
    }
  }

  /** Something to time that may fail. */
  private interface Timed {
    void run() throws Exception;
  }

  /** The median of three runs, one client alone. */
  private static double medianMillis(Timed timed) throws SQLException {
    double[] millis = new double[3];
    for (int i = 0; i < millis.length; i++) {
      long started = System.nanoTime();
      try {
        timed.run();
      } catch (SQLException e) {
        throw e;
      } catch (Exception e) {
        return Double.NaN;
      }
      millis[i] = (System.nanoTime() - started) / 1e6;
    }
    java.util.Arrays.sort(millis);
    return millis[1];
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long sizeOf(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .sum();
    }
  }

  /** Removes the index directory when the run is interrupted. */
  private static void deleteQuietly(Path directory) {
    try {
      deleteTree(directory);
    } catch (IOException | UncheckedIOException e) {
      System.err.println("Could not delete " + directory + ": " + e);
    }
  }

  private static void deleteTree(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  static String bytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  static void progress(String format, Object... arguments) {
    System.err.printf(Locale.ROOT, "[bench] " + format + "%n", arguments);
  }
}
