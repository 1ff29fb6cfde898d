package dev.signoff.bench;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The review workflow under load: plays owners, reviewers and managers through Signoff's REST API
 * against a running server, then the same users and steps on the bare Camunda engine, and prints
 * both as Markdown tables with the throughput ratio and the targets. Run by {@code
 * bench/workflow.sh}, which starts and stops the server.
 *
 * <p>Options: {@code --signoff URL} (loopback), {@code --server-pid PID} (its CPU time and heap),
 * {@code --stop-server} (end that process after its run, before the baseline), {@code --users
 * configured|demo} (the users {@link WorkflowTeam} writes, or the nine demo users shared by the
 * simulated ones), {@code --client-prefix}, {@code --client-secret}, {@code --owners}, {@code
 * --reviewers}, {@code --managers}, {@code --backlog}, {@code --idle-ms}, {@code --think-ms},
 * {@code --search-every}, {@code --comment-every}, {@code --warm-up} and {@code --duration}
 * (seconds), {@code --jdbc URL} (loopback PostgreSQL), {@code --user}, {@code --password}, {@code
 * --engine-schema}, {@code --signoff-schema}, {@code --history}, {@code --connections}, {@code
 * --seed}, {@code --vacuum-every} (seconds, 30 by default, 0 for never: see {@link
 * WorkflowVacuum}), {@code --signoff-only} (a quicker look while working on Signoff: the engine is
 * not run, its columns stay empty and the ratio is not measured).
 *
 * <p>The warm-up of each phase is 240 s by default: a freshly started server's JIT compilers use
 * about as much CPU as its request threads for the first minutes of load, and on two cores they
 * finish only after about four minutes; measured after one minute, the same server signed half as
 * many deals.
 */
public final class WorkflowBench {

  private WorkflowBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    URI signoff = URI.create(required(options, "signoff"));
    long serverPid = Long.parseLong(options.getOrDefault("server-pid", "-1"));
    int owners = integer(options, "owners", 4);
    int reviewers = integer(options, "reviewers", 50);
    int managers = integer(options, "managers", 2);
    Duration warmUp = Duration.ofSeconds(integer(options, "warm-up", 240));
    Duration measured = Duration.ofSeconds(integer(options, "duration", 45));
    int searchEvery = integer(options, "search-every", 5);
    int commentEvery = integer(options, "comment-every", 3);
    List<Phase> phases =
        List.of(
            new Phase(
                "at work",
                new WorkflowLoad.Behaviour(
                    integer(options, "backlog", 40),
                    Duration.ofMillis(integer(options, "idle-ms", 1000)),
                    Duration.ofMillis(integer(options, "think-ms", 500)),
                    searchEvery,
                    commentEvery)),
            new Phase(
                "flat out",
                new WorkflowLoad.Behaviour(
                    integer(options, "flat-out-backlog", 60),
                    Duration.ofMillis(integer(options, "flat-out-idle-ms", 200)),
                    Duration.ZERO,
                    searchEvery,
                    commentEvery)));
    boolean configured = options.getOrDefault("users", "configured").equals("configured");
    WorkflowUsers users =
        configured
            ? WorkflowUsers.configured(
                owners,
                reviewers,
                managers,
                options.getOrDefault("client-prefix", "api-"),
                options.getOrDefault("client-secret", WorkflowTeam.PASSWORD))
            : WorkflowUsers.demo(owners, reviewers, managers);
    // The baseline's users have names of their own either way.
    WorkflowUsers engineUsers = WorkflowUsers.configured(owners, reviewers, managers, "", "");

    List<WorkflowContracts.ContractFile> contracts =
        WorkflowContracts.make(Long.parseLong(options.getOrDefault("seed", "42")), 40);
    System.err.printf(
        Locale.ROOT,
        "%d contracts ready (DOCX and PDF, %d KB on average)%n",
        contracts.size(),
        contracts.stream().mapToLong(c -> c.bytes().length).sum() / contracts.size() / 1024);

    WorkflowSignoff api = new WorkflowSignoff(signoff, contracts);
    List<WorkflowReport.Side> signoffSides = new ArrayList<>();
    if (!options.containsKey("engine-only")) {
      api.signIn(users.all());
    }
    String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/signoff_load");
    String dbUser = options.getOrDefault("user", "postgres");
    String dbPassword = options.getOrDefault("password", "");
    Duration vacuumEvery = Duration.ofSeconds(integer(options, "vacuum-every", 30));
    boolean autovacuum = WorkflowVacuum.autovacuumOn(jdbc, dbUser, dbPassword);
    for (Phase phase : options.containsKey("engine-only") ? List.<Phase>of() : phases) {
      System.err.println("Signoff, " + phase.name() + ": " + users.all().size() + " users");
      try (WorkflowVacuum vacuum =
          WorkflowVacuum.start(
              jdbc,
              dbUser,
              dbPassword,
              options.getOrDefault("signoff-schema", "workflow_signoff"),
              vacuumEvery)) {
        signoffSides.add(run(api, phase, users, warmUp, measured, serverPid, true));
      }
    }
    if (options.containsKey("stop-server") && serverPid > 0) {
      stop(serverPid);
    }

    List<WorkflowReport.Side> engineSides = new ArrayList<>();
    if (options.containsKey("signoff-only")) {
      // A quicker look at Signoff alone while working on it: the engine columns stay empty.
      System.err.println("--signoff-only: the bare engine is not run");
    } else
      try (WorkflowEngine engine =
          WorkflowEngine.start(
              jdbc,
              dbUser,
              dbPassword,
              options.getOrDefault("engine-schema", "workflow_engine"),
              options.getOrDefault("history", "full"),
              integer(options, "connections", 10))) {
        for (Phase phase : phases) {
          System.err.println("Bare engine, " + phase.name() + ": " + users.all().size() + " users");
          try (WorkflowVacuum vacuum =
              WorkflowVacuum.start(
                  jdbc,
                  dbUser,
                  dbPassword,
                  options.getOrDefault("engine-schema", "workflow_engine"),
                  vacuumEvery)) {
            engineSides.add(
                run(
                    engine,
                    phase,
                    engineUsers,
                    warmUp,
                    measured,
                    ProcessHandle.current().pid(),
                    false));
          }
        }
      }
    String setup =
        String.format(
            Locale.ROOT,
            "%d owners, %d reviewers (%s), %d managers; \"at work\": at most %d deals in review,"
                + " %d ms between a user's steps, an idle user looks again after ~%d ms; \"flat"
                + " out\": at most %d deals in review, no pause between steps; a search every %d"
                + " tasks, a comment every %d reviews; each phase %d s warm-up, %d s measured; %d"
                + " cores, java %s; %s",
            owners,
            reviewers,
            configured ? "one user each" : "acting as the demo users of their group",
            managers,
            phases.get(0).behaviour().backlog(),
            phases.get(0).behaviour().think().toMillis(),
            phases.get(0).behaviour().idle().toMillis(),
            phases.get(1).behaviour().backlog(),
            searchEvery,
            commentEvery,
            warmUp.toSeconds(),
            measured.toSeconds(),
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            autovacuum
                ? "PostgreSQL's autovacuum on"
                : vacuumEvery.isZero()
                    ? "PostgreSQL's autovacuum off and nothing vacuumed"
                    : "PostgreSQL's autovacuum off, so the schema under test is vacuumed and"
                        + " analysed every "
                        + vacuumEvery.toSeconds()
                        + " s by the benchmark");
    if (signoffSides.isEmpty()) {
      signoffSides.addAll(engineSides);
    }
    WorkflowReport.print(System.out, setup, signoffSides, engineSides);
  }

  /** One way the users behave, run on both systems. */
  private record Phase(String name, WorkflowLoad.Behaviour behaviour) {}

  private static WorkflowReport.Side run(
      WorkflowTarget target,
      Phase phase,
      WorkflowUsers users,
      Duration warmUp,
      Duration measured,
      long workerPid,
      boolean separateDriver)
      throws Exception {
    WorkflowRecorder recorder = new WorkflowRecorder();
    target.recordInto(recorder);
    WorkflowLoad load = new WorkflowLoad(target, users, recorder, phase.behaviour());
    WorkflowProbe probe = new WorkflowProbe(workerPid);
    long driver = ProcessHandle.current().pid();
    WorkflowProbe.Usage[] usage = new WorkflowProbe.Usage[1];
    double[] driverCpu = new double[1];
    // CPU and heap over exactly the measured window.
    Thread window =
        new Thread(
            () -> {
              try {
                Thread.sleep(warmUp.toMillis());
                probe.start();
                double driverAtStart = WorkflowProbe.processCpuSeconds(driver);
                Thread.sleep(measured.toMillis());
                usage[0] = probe.stop();
                driverCpu[0] = WorkflowProbe.processCpuSeconds(driver) - driverAtStart;
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "measured-window");
    window.start();
    load.run(warmUp, measured);
    window.join();
    return new WorkflowReport.Side(
        phase.name(),
        target.name(),
        measured.toMillis() / 1000.0,
        recorder,
        usage[0],
        separateDriver ? driverCpu[0] : 0);
  }

  private static void stop(long pid) throws InterruptedException {
    ProcessHandle.of(pid)
        .ifPresent(
            server -> {
              server.destroy();
              try {
                server.onExit().get(60, TimeUnit.SECONDS);
              } catch (Exception e) {
                server.destroyForcibly();
              }
            });
    System.err.println("Signoff stopped");
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Unexpected argument " + args[i]);
      }
      String name = args[i].substring(2);
      if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
        options.put(name, args[++i]);
      } else {
        options.put(name, "true");
      }
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }

  private static int integer(Map<String, String> options, String name, int fallback) {
    return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
  }
}
