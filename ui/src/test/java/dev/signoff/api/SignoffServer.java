package dev.signoff.api;

import dev.signoff.SignoffApplication;
import dev.signoff.support.ServerDataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Signoff as a separate JVM, started from this test run's class path (Vaadin in dev mode, as from
 * an exploded build) on PostgreSQL in a schema of its own, with its index and signing key in a data
 * directory and a fixed loopback port that survive restarts, so that it can be killed with SIGKILL
 * and started again on the same state. Its output goes to {@code server.log} in the data directory.
 */
final class SignoffServer implements AutoCloseable {

  private final Path dataDirectory;
  private final Path log;
  private final int port;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private Process process;
  private int starts;

  /**
   * @param name names the data directory
   * @param jdbcUrl the database without the schema (a proxy in front of it, say)
   * @param schema the schema it works in, dropped and created here
   */
  SignoffServer(String name, String jdbcUrl, String schema, Map<String, String> extra) {
    this.dataDirectory = ServerDataDirectory.create(name);
    this.log = dataDirectory.resolve("server.log");
    this.port = freePort();
    PostgresSchema.recreate(schema);
    properties.put("spring.profiles.active", "postgres");
    properties.put("spring.datasource.url", jdbcUrl + "?currentSchema=" + schema);
    properties.put("spring.datasource.username", PostgresSchema.USER);
    properties.put("spring.datasource.password", PostgresSchema.PASSWORD);
    properties.put("spring.flyway.schemas", schema);
    properties.put("camunda.bpm.database.schema-name", schema);
    properties.put("camunda.bpm.database.table-prefix", schema + ".");
    properties.put("server.port", Integer.toString(port));
    properties.put("server.address", "127.0.0.1");
    properties.put("signoff.search.directory", dataDirectory.resolve("index").toString());
    properties.put(
        "signoff.identity.key-file", dataDirectory.resolve("signing-key.json").toString());
    properties.put(
        "signoff.checklist.override-directory", dataDirectory.resolve("checklists").toString());
    properties.put("signoff.demo.enabled", "false");
    // The drivers are one client address and poll the index: no rate limit should refuse them.
    properties.put("signoff.security.rate-limits.search.requests", "1000000");
    properties.put("signoff.security.rate-limits.token.requests", "1000000");
    properties.put("signoff.events.retry-after", "5s");
    properties.put("signoff.events.retry-interval", "2s");
    properties.putAll(extra);
  }

  int port() {
    return port;
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  /** Starts the server and returns once it is ready for traffic (at most 4 minutes). */
  void start() throws IOException, InterruptedException {
    if (process != null && process.isAlive()) {
      throw new IllegalStateException("Already running");
    }
    starts++;
    Path classPath = dataDirectory.resolve("classpath.args");
    Files.writeString(
        classPath,
        "-cp \"" + System.getProperty("java.class.path").replace("\\", "\\\\") + "\"\n",
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-Djava.io.tmpdir=" + Files.createDirectories(dataDirectory.resolve("tmp")));
    properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
    command.add("@" + classPath);
    command.add(SignoffApplication.class.getName());
    Files.writeString(
        log,
        "\n===== start " + starts + " at " + Instant.now() + " =====\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    process =
        new ProcessBuilder(command)
            // Vaadin dev mode finds its project (the ui module) from the working directory.
            .directory(new java.io.File(System.getProperty("user.dir")))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    awaitReady(Duration.ofMinutes(4));
  }

  private void awaitReady(Duration bound) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest readiness =
        HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(bound);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Signoff exited with " + process.exitValue() + " while starting:\n" + logTail(60));
      }
      try {
        if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException("Signoff not ready within " + bound + ":\n" + logTail(60));
  }

  /** SIGKILL: no shutdown hook, no flush, no commit of the index; waits until it is gone. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("Signoff survived SIGKILL");
    }
  }

  /** The last lines of the server's output, for failure messages. */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
