package dev.signoff.bench;

import dev.signoff.bench.WorkflowRecorder.OperationStats;
import java.io.PrintStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The tables of one workflow benchmark run: Signoff and the bare engine side by side. */
final class WorkflowReport {

  /**
   * One side's run.
   *
   * @param phase how the users behaved
   * @param system what ran
   * @param seconds the measured time
   * @param server CPU and heap of the process that did the work (Signoff's server, or the driver
   *     JVM with the embedded engine)
   * @param driverCpuSeconds CPU time of the load driver's JVM in the window (0 when it is also the
   *     engine's)
   */
  record Side(
      String phase,
      String system,
      double seconds,
      WorkflowRecorder recorder,
      WorkflowProbe.Usage server,
      double driverCpuSeconds) {

    double dealsPerSecond() {
      return recorder.dealsCompleted() / seconds;
    }

    long errors() {
      return recorder.errors().values().stream().mapToLong(Long::longValue).sum();
    }

    long conflicts() {
      return recorder.conflicts().values().stream().mapToLong(Long::longValue).sum();
    }
  }

  static final double DECISION_P95_TARGET_MS = 150;
  static final double INBOX_P95_TARGET_MS = 100;
  static final double THROUGHPUT_RATIO_TARGET = 0.5;
  private static final List<String> ORDER =
      List.of(
          "submit deal",
          "inbox",
          "claim",
          "checklist read",
          "checklist answer",
          "comment",
          "review decision",
          "pre-signoff decision",
          "final approval",
          "precedent search");

  private WorkflowReport() {}

  /**
   * Prints the tables: per phase and system the deals and the resources, per phase the latencies of
   * every operation on both systems, the errors, the throughput ratio of the "flat out" phase (the
   * last) and the targets (latencies of the "at work" phase, the first). Without engine sides
   * (Signoff measured alone) the engine's columns stay empty and the ratio is not measured.
   */
  static void print(PrintStream out, String setup, List<Side> signoff, List<Side> engine) {
    out.println();
    out.println(setup);
    out.println();
    out.println(
        "| phase | system | deals submitted | deals signed | signed deals/s | correct 409s |"
            + " errors | CPU s of the server (cores) | CPU of other processes, cores | peak heap"
            + " used MB |");
    out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (int i = 0; i < signoff.size(); i++) {
      for (Side side : sidesOf(signoff, engine, i)) {
        double others =
            (side.server().machineCpuSeconds()
                    - side.server().processCpuSeconds()
                    - side.driverCpuSeconds())
                / side.seconds();
        out.printf(
            Locale.ROOT,
            "| %s | %s | %d | %d | %.2f | %d | %d | %.1f (%.2f) | %.2f | %d |%n",
            side.phase(),
            side.system(),
            side.recorder().dealsSubmitted(),
            side.recorder().dealsCompleted(),
            side.dealsPerSecond(),
            side.conflicts(),
            side.errors(),
            side.server().processCpuSeconds(),
            side.server().processCpuSeconds() / side.seconds(),
            Math.max(0, others),
            side.server().peakHeapUsedBytes() / (1024 * 1024));
      }
    }
    for (int i = 0; i < signoff.size(); i++) {
      out.println();
      out.println(
          "| "
              + signoff.get(i).phase()
              + ": operation | Signoff n | p50 ms | p95 ms | p99 ms | bare engine n | p50 ms |"
              + " p95 ms | p99 ms |");
      out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
      Map<String, OperationStats> left = signoff.get(i).recorder().operations();
      Map<String, OperationStats> right =
          engine.isEmpty() ? Map.of() : engine.get(i).recorder().operations();
      Set<String> operations = new LinkedHashSet<>(ORDER);
      operations.addAll(left.keySet());
      operations.addAll(right.keySet());
      for (String operation : operations) {
        OperationStats a = left.get(operation);
        OperationStats b = right.get(operation);
        if (a != null || b != null) {
          out.printf(Locale.ROOT, "| %s | %s | %s |%n", operation, cells(a), cells(b));
        }
      }
    }
    out.println();
    long signoffErrors = 0;
    for (int i = 0; i < signoff.size(); i++) {
      for (Side side : sidesOf(signoff, engine, i)) {
        String name = side.system() + ", " + side.phase();
        if (side.conflicts() > 0) {
          out.println("Correct 409s (" + name + "): " + side.recorder().conflicts());
        }
        if (side.errors() > 0) {
          out.println("Errors (" + name + "): " + side.recorder().errors());
          side.recorder()
              .firstErrors()
              .forEach((key, detail) -> out.println("  first " + key + ": " + detail));
        }
      }
      signoffErrors += signoff.get(i).errors();
    }
    Side flatOut = signoff.get(signoff.size() - 1);
    double ratio = Double.NaN;
    out.println();
    if (engine.isEmpty()) {
      out.println("Throughput ratio Signoff / bare engine: not measured (Signoff alone)");
    } else {
      Side flatOutEngine = engine.get(engine.size() - 1);
      ratio = flatOut.dealsPerSecond() / flatOutEngine.dealsPerSecond();
      out.printf(
          Locale.ROOT,
          "Throughput ratio Signoff / bare engine, %s: %.2f (%.2f / %.2f signed deals/s)%n",
          flatOut.phase(),
          ratio,
          flatOut.dealsPerSecond(),
          flatOutEngine.dealsPerSecond());
    }
    Map<String, OperationStats> atWork = signoff.get(0).recorder().operations();
    double decisionP95 = p95(atWork, "review decision");
    double inboxP95 = p95(atWork, "inbox");
    String phase = signoff.get(0).phase();
    out.println();
    out.println("| target | measured | met |");
    out.println("|---|---:|:-:|");
    target(
        out,
        "review decision p95 <= 150 ms (" + phase + ")",
        decisionP95,
        decisionP95 <= DECISION_P95_TARGET_MS,
        "ms");
    target(
        out,
        "inbox p95 <= 100 ms (" + phase + ")",
        inboxP95,
        inboxP95 <= INBOX_P95_TARGET_MS,
        "ms");
    if (engine.isEmpty()) {
      out.println(
          "| signed deals/s >= 50% of the bare engine's ("
              + flatOut.phase()
              + ") | not measured | - |");
    } else {
      target(
          out,
          "signed deals/s >= 50% of the bare engine's (" + flatOut.phase() + ")",
          ratio * 100,
          ratio >= THROUGHPUT_RATIO_TARGET,
          "%");
    }
    out.printf(
        Locale.ROOT,
        "| Signoff errors other than correct 409s = 0 (both phases) | %d | %s |%n",
        signoffErrors,
        signoffErrors == 0 ? "yes" : "no");
  }

  /** Signoff's side of phase {@code i} and the engine's, when the engine was measured. */
  private static List<Side> sidesOf(List<Side> signoff, List<Side> engine, int i) {
    return engine.isEmpty() ? List.of(signoff.get(i)) : List.of(signoff.get(i), engine.get(i));
  }

  private static double p95(Map<String, OperationStats> stats, String operation) {
    OperationStats found = stats.get(operation);
    return found == null ? Double.NaN : found.p95();
  }

  private static void target(PrintStream out, String what, double value, boolean met, String unit) {
    out.printf(Locale.ROOT, "| %s | %.1f %s | %s |%n", what, value, unit, met ? "yes" : "no");
  }

  private static String cells(OperationStats stats) {
    if (stats == null) {
      return "- | - | - | -";
    }
    return String.format(
        Locale.ROOT,
        "%d | %.1f | %.1f | %.1f",
        stats.count(),
        stats.p50(),
        stats.p95(),
        stats.p99());
  }
}
