package dev.signoff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live heap of the server process, read with {@code jcmd}: full collections first, then the
 * heap's used size and the class histogram (instances and bytes per class).
 */
final class SessionHeap {

  /** One class's live instances and bytes. */
  record ClassUse(String name, long instances, long bytes) {}

  /** The heap at one moment after full collections. */
  record Snapshot(long usedBytes, long liveBytes, Map<String, ClassUse> classes) {
    long instancesOf(String className) {
      ClassUse use = classes.get(className);
      return use == null ? 0 : use.instances();
    }
  }

  /** How one class grew between two snapshots. */
  record Growth(String name, long instances, long bytes) {}

  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
  private static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

  private final long pid;
  private final String jcmd;

  SessionHeap(long pid) {
    this.pid = pid;
    Path sibling =
        ProcessHandle.current()
            .info()
            .command()
            .map(java -> Path.of(java).resolveSibling("jcmd"))
            .filter(Files::isExecutable)
            .orElse(Path.of("jcmd"));
    this.jcmd = sibling.toString();
  }

  /**
   * Collects garbage fully {@code collections} times, then reads the used heap and the histogram
   * (which collects once more).
   */
  Snapshot measure(int collections) {
    for (int i = 0; i < collections; i++) {
      run("GC.run");
    }
    String info = run("GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("No used heap in GC.heap_info: " + info);
    }
    long usedBytes = Long.parseLong(used.group(1)) * 1024;
    Map<String, ClassUse> classes = new HashMap<>();
    long live = 0;
    for (String line : run("GC.class_histogram").split("\n")) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        ClassUse use =
            new ClassUse(row.group(3), Long.parseLong(row.group(1)), Long.parseLong(row.group(2)));
        classes.merge(
            use.name(),
            use,
            (a, b) -> new ClassUse(a.name(), a.instances() + b.instances(), a.bytes() + b.bytes()));
        continue;
      }
      Matcher total = TOTAL.matcher(line.trim());
      if (total.find()) {
        live = Long.parseLong(total.group(2));
      }
    }
    if (live == 0) {
      throw new IllegalStateException("No total in the class histogram of process " + pid);
    }
    return new Snapshot(usedBytes, live, classes);
  }

  /** The classes that grew most in bytes from {@code before} to {@code after}. */
  static List<Growth> largestGrowth(Snapshot before, Snapshot after, int count) {
    List<Growth> growth = new ArrayList<>();
    after
        .classes()
        .forEach(
            (name, use) -> {
              ClassUse old = before.classes().get(name);
              long instances = use.instances() - (old == null ? 0 : old.instances());
              long bytes = use.bytes() - (old == null ? 0 : old.bytes());
              growth.add(new Growth(name, instances, bytes));
            });
    growth.sort(Comparator.comparingLong(Growth::bytes).reversed());
    return growth.subList(0, Math.min(count, growth.size()));
  }

  private String run(String command) {
    try {
      Process process =
          new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(
            "jcmd "
                + pid
                + " "
                + command
                + " failed: "
                + new String(output, StandardCharsets.UTF_8));
      }
      return new String(output, StandardCharsets.UTF_8);
    } catch (IOException failure) {
      throw new IllegalStateException("Cannot run " + jcmd, failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", interrupted);
    }
  }
}
