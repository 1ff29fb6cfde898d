package dev.signoff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a process used: its CPU time from {@code /proc/<pid>/stat} (user + system), its heap
 * through {@code jcmd <pid> GC.heap_info}, and the CPU time of the whole machine from {@code
 * /proc/stat}, which shows how much other work shared the cores.
 */
final class WorkflowProbe {

  /** CPU seconds of one process, of the machine, and the highest heap use seen. */
  record Usage(double processCpuSeconds, double machineCpuSeconds, long peakHeapUsedBytes) {}

  private static final Pattern USED = Pattern.compile("used (\\d+)K");
  private static final double TICKS_PER_SECOND = clockTicks();

  private final long pid;
  private double processCpuAtStart;
  private double machineCpuAtStart;
  private volatile long peakHeapUsed;
  private Thread sampler;

  WorkflowProbe(long pid) {
    this.pid = pid;
  }

  /** Starts counting, and samples the heap every few seconds until {@link #stop()}. */
  void start() {
    processCpuAtStart = processCpuSeconds(pid);
    machineCpuAtStart = machineBusySeconds();
    sampler =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peakHeapUsed = Math.max(peakHeapUsed, heapUsed(pid));
                try {
                  Thread.sleep(5_000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  Usage stop() throws InterruptedException {
    double processCpu = processCpuSeconds(pid) - processCpuAtStart;
    double machineCpu = machineBusySeconds() - machineCpuAtStart;
    sampler.interrupt();
    sampler.join(10_000);
    peakHeapUsed = Math.max(peakHeapUsed, heapUsed(pid));
    return new Usage(processCpu, machineCpu, peakHeapUsed);
  }

  /** User plus system CPU time of the process, in seconds. */
  static double processCpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.US_ASCII);
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long userTicks = Long.parseLong(fields[11]);
      long systemTicks = Long.parseLong(fields[12]);
      return (userTicks + systemTicks) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Busy CPU time of all cores of the machine (everything but idle and I/O wait), in seconds. */
  static double machineBusySeconds() {
    try {
      String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < fields.length && i <= 8; i++) {
        if (i != 4 && i != 5) {
          busy += Long.parseLong(fields[i]);
        }
      }
      return busy / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The heap in use as {@code jcmd GC.heap_info} reports it, in bytes (0 when unavailable). */
  static long heapUsed(long pid) {
    try {
      Process jcmd =
          new ProcessBuilder("jcmd", Long.toString(pid), "GC.heap_info")
              .redirectErrorStream(true)
              .start();
      String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!jcmd.waitFor(20, TimeUnit.SECONDS)) {
        jcmd.destroy();
        return 0;
      }
      Matcher used = USED.matcher(output);
      return used.find() ? Long.parseLong(used.group(1)) * 1024 : 0;
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  private static double clockTicks() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String ticks = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      getconf.waitFor(5, TimeUnit.SECONDS);
      return Double.parseDouble(ticks.trim());
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
