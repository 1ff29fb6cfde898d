package dev.signoff.support;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak server (the distribution Maven unpacks into {@code target/keycloak}) on a
 * loopback port, with the realms of {@code src/test/resources/keycloak} imported. Keycloak needs
 * Java 21 or later: {@code SIGNOFF_KEYCLOAK_JAVA_HOME}, else the newest such JDK under {@code
 * /usr/lib/jvm}, else the running one if new enough.
 */
public final class KeycloakServer implements AutoCloseable {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

  private final int port;
  private final Process process;
  private final Path log;

  private KeycloakServer(int port, Process process, Path log) {
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** The Keycloak distribution's folder, or empty when Maven has not unpacked it. */
  public static Optional<Path> home() {
    String configured = System.getProperty("signoff.keycloak.home");
    if (configured == null || configured.isBlank()) {
      return Optional.empty();
    }
    Path home = Path.of(configured);
    return Files.isExecutable(home.resolve("bin/kc.sh")) ? Optional.of(home) : Optional.empty();
  }

  /** A JDK of version 21 or later to run Keycloak with, or empty when the machine has none. */
  public static Optional<Path> javaHome() {
    String configured = System.getenv("SIGNOFF_KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured));
    }
    Path jvms = Path.of("/usr/lib/jvm");
    if (Files.isDirectory(jvms)) {
      try (Stream<Path> candidates = Files.list(jvms)) {
        Optional<Path> newest =
            candidates
                .filter(candidate -> Files.isExecutable(candidate.resolve("bin/java")))
                .filter(candidate -> majorVersion(candidate) >= 21)
                .max(Comparator.comparingInt(KeycloakServer::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Runtime.version().feature() >= 21
        ? Optional.of(Path.of(System.getProperty("java.home")))
        : Optional.empty();
  }

  private static int majorVersion(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | NumberFormatException unreadable) {
      return 0;
    }
    return 0;
  }

  /** A free loopback port. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts Keycloak with a fresh database and the given realm files, their {@code @NAME@}
   * placeholders replaced, and waits until the realm {@code readyRealm} answers.
   */
  public static KeycloakServer start(
      Path home,
      Path javaHome,
      int port,
      List<Path> realms,
      Map<String, String> placeholders,
      String readyRealm)
      throws IOException, InterruptedException {
    Path data = home.resolve("data");
    deleteRecursively(data);
    Path imports = Files.createDirectories(data.resolve("import"));
    for (Path realm : realms) {
      String text = Files.readString(realm, StandardCharsets.UTF_8);
      for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
        text = text.replace("@" + placeholder.getKey() + "@", placeholder.getValue());
      }
      Files.writeString(imports.resolve(realm.getFileName()), text, StandardCharsets.UTF_8);
    }
    Path log = home.getParent().resolve("keycloak-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                home.resolve("bin/kc.sh").toString(),
                "start-dev",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--import-realm",
                "--cache=local")
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
    builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin-" + port);
    builder
        .environment()
        .put("JAVA_OPTS_APPEND", "-Xmx512m --add-opens=java.base/java.lang=ALL-UNNAMED");
    KeycloakServer server = new KeycloakServer(port, builder.start(), log);
    try {
      server.awaitRealm(readyRealm);
    } catch (RuntimeException | InterruptedException failure) {
      server.close();
      throw failure;
    }
    return server;
  }

  public String issuer(String realm) {
    return "http://127.0.0.1:" + port + "/realms/" + realm;
  }

  private void awaitRealm(String realm) throws InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    URI discovery = URI.create(issuer(realm) + "/.well-known/openid-configuration");
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped while starting; see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(discovery).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Keycloak did not start within " + START_TIMEOUT + "; see " + log);
  }

  @Override
  public void close() {
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    children.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle child : children) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception stubborn) {
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
