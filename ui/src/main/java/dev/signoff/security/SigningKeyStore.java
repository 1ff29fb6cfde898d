package dev.signoff.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loads the built-in provider's RSA signing key from disk, creating it on first start. */
final class SigningKeyStore {

  private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

  private SigningKeyStore() {}

  static RSAKey loadOrCreate(Path file) {
    try {
      if (Files.exists(file)) {
        return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
      }
      RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path temporary =
          Files.createTempFile(file.toAbsolutePath().getParent(), "signing-key", ".tmp");
      restrictToOwner(temporary);
      Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      log.info("Created the built-in identity provider's signing key in {}", file.toAbsolutePath());
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or write the signing key " + file, e);
    } catch (ParseException | JOSEException e) {
      throw new IllegalStateException("The signing key in " + file + " is not a valid RSA JWK", e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      log.debug("File system without POSIX permissions; leaving {} as created", file);
    }
  }
}
