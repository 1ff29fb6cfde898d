package dev.signoff.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data directory (index, signing key) for a server started by a test. It lives under {@code
 * target/} and outlives the test class on purpose: Spring keeps test contexts, and with them the
 * open index, until the end of the run, so a directory deleted after the class would pull the index
 * from under a running server.
 */
public final class ServerDataDirectory {

  private ServerDataDirectory() {}

  public static Path create(String name) {
    try {
      Path parent = Files.createDirectories(Path.of("target", "test-servers"));
      return Files.createTempDirectory(parent, name + "-").toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
