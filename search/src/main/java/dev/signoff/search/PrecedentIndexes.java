package dev.signoff.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current precedent index of this node, which a rebuilt index can replace while searches keep
 * answering.
 *
 * <p>Each index lives in its own {@code index-<generation>} subdirectory of the configured
 * directory; the file {@code current} names the current one and is replaced atomically. On opening,
 * an index found directly in the directory (the layout before rebuilds existed) is moved into
 * {@code index-1}, and every other {@code index-*} directory, such as one left half-built by a
 * crash, is deleted.
 *
 * <p>Searches and writes go to the current index. {@link #makeCurrent} switches to a new index only
 * after in-flight searches of the old one have finished, then closes and deletes the old one.
 * Thread-safe.
 */
public final class PrecedentIndexes implements Closeable, PrecedentWrites {

  private static final Logger log = LoggerFactory.getLogger(PrecedentIndexes.class);

  static final String POINTER = "current";
  static final String PREFIX = "index-";

  private final Path root;
  private final SearchProperties properties;

  /** Searches hold it shared; a swap takes it exclusively, so no search uses a closed index. */
  private final ReadWriteLock swapLock = new ReentrantReadWriteLock();

  private volatile PrecedentIndex current;
  private volatile Path currentPath;

  /**
   * Opens the index the pointer names in {@code properties.directory()}, creating the directory and
   * a first index when there is none.
   *
   * @throws UncheckedIOException when the directory or the index cannot be opened
   */
  public PrecedentIndexes(SearchProperties properties) {
    this.root = properties.directory();
    this.properties = properties;
    try {
      Files.createDirectories(root);
      String name = readPointer();
      if (name == null) {
        name = PREFIX + 1;
        migrateFlatLayout(root.resolve(name));
        writePointer(name);
      }
      deleteOthers(name);
      this.currentPath = root.resolve(name);
      Files.createDirectories(currentPath);
      this.current = new PrecedentIndex(FSDirectory.open(currentPath), properties);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the precedent indexes in " + root, e);
    }
  }

  /** The index searches and writes go to now. */
  public PrecedentIndex current() {
    return current;
  }

  /** Indexes the deal in the current index; see {@link PrecedentIndex#upsert}. */
  @Override
  public long upsert(PrecedentDocument document) {
    return current.upsert(document);
  }

  /** Removes the deal from the current index; see {@link PrecedentIndex#delete}. */
  @Override
  public long delete(String dealId) {
    return current.delete(dealId);
  }

  /** Searches the current index; see {@link PrecedentIndex#search}. */
  public PrecedentResults search(PrecedentQuery query) {
    swapLock.readLock().lock();
    try {
      return current.search(query);
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /** Clauses of past deals worded like the given one, most similar first. */
  public List<PrecedentHit> similarClauses(SimilarClauseQuery query) {
    swapLock.readLock().lock();
    try {
      return current.similarClauses(query);
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /** Past deals like the given one, most similar first. */
  public List<PrecedentHit> similarDeals(SimilarDealQuery query) {
    swapLock.readLock().lock();
    try {
      return current.similarDeals(query);
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /** The number of deals that searches of the current index see. */
  public int documentCount() {
    swapLock.readLock().lock();
    try {
      return current.documentCount();
    } finally {
      swapLock.readLock().unlock();
    }
  }

  /**
   * Records the applied feed position in the current index; see {@link PrecedentIndex#markApplied}.
   */
  public void markApplied(long position) {
    current.markApplied(position);
  }

  /** The applied feed position of the current index; see {@link PrecedentIndex#appliedPosition}. */
  public long appliedPosition() {
    return current.appliedPosition();
  }

  /**
   * Opens an empty index in a new {@code index-<generation>} directory, for a rebuild. It stays
   * invisible to searches until passed to {@link #makeCurrent}; pass it to {@link #discard} if the
   * rebuild fails.
   */
  public synchronized PrecedentIndex openNext() {
    try {
      Path next = root.resolve(PREFIX + (generationOf(currentPath) + 1));
      deleteRecursively(next);
      Files.createDirectories(next);
      return new PrecedentIndex(FSDirectory.open(next), properties);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a new precedent index in " + root, e);
    }
  }

  /**
   * Commits {@code next} (from {@link #openNext}), makes all its writes searchable, points to it
   * durably and makes it current; waits for in-flight searches of the old index, then closes and
   * deletes the old index.
   */
  public synchronized void makeCurrent(PrecedentIndex next) {
    Path nextPath = root.resolve(PREFIX + (generationOf(currentPath) + 1));
    next.commit();
    next.refreshNow();
    try {
      writePointer(nextPath.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot point to the new precedent index " + nextPath, e);
    }
    PrecedentIndex old;
    Path oldPath;
    swapLock.writeLock().lock();
    try {
      old = current;
      oldPath = currentPath;
      current = next;
      currentPath = nextPath;
    } finally {
      swapLock.writeLock().unlock();
    }
    old.close();
    deleteQuietly(oldPath);
    log.info("Precedent index {} is current; {} deleted", nextPath, oldPath);
  }

  /** Closes and deletes an index from {@link #openNext} that will not become current. */
  public synchronized void discard(PrecedentIndex next) {
    next.close();
    deleteQuietly(root.resolve(PREFIX + (generationOf(currentPath) + 1)));
  }

  /** The directory of the current index. */
  public Path currentDirectory() {
    return currentPath;
  }

  /** Closes the current index, committing its pending changes. */
  @Override
  public void close() {
    current.close();
  }

  /**
   * Waits until searches of the current index see {@code generation}; see {@link
   * PrecedentIndex#awaitSearchable}.
   */
  public void awaitSearchable(long generation, Duration timeout) {
    current.awaitSearchable(generation, timeout);
  }

  private String readPointer() throws IOException {
    Path pointer = root.resolve(POINTER);
    if (!Files.exists(pointer)) {
      return null;
    }
    String name = Files.readString(pointer, StandardCharsets.UTF_8).trim();
    if (!name.startsWith(PREFIX) || name.contains("/") || name.contains("\\")) {
      throw new IOException("The pointer " + pointer + " names no index: " + name);
    }
    return name;
  }

  private void writePointer(String name) throws IOException {
    Path temporary = root.resolve(POINTER + ".tmp");
    Files.writeString(temporary, name, StandardCharsets.UTF_8);
    Files.move(
        temporary,
        root.resolve(POINTER),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** Moves index files that lie directly in the root into {@code target}. */
  private void migrateFlatLayout(Path target) throws IOException {
    List<Path> files;
    try (Stream<Path> entries = Files.list(root)) {
      files =
          entries
              .filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith(POINTER))
              .toList();
    }
    if (files.isEmpty()) {
      return;
    }
    Files.createDirectories(target);
    for (Path file : files) {
      Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
    log.info("Moved the precedent index in {} to {}", root, target);
  }

  private void deleteOthers(String keep) throws IOException {
    try (Stream<Path> entries = Files.list(root)) {
      for (Path entry : entries.toList()) {
        String name = entry.getFileName().toString();
        if (Files.isDirectory(entry) && name.startsWith(PREFIX) && !name.equals(keep)) {
          log.warn("Deleting {}, an index that never became current", entry);
          deleteRecursively(entry);
        }
      }
    }
  }

  private static long generationOf(Path indexDirectory) {
    return Long.parseLong(indexDirectory.getFileName().toString().substring(PREFIX.length()));
  }

  private static void deleteQuietly(Path directory) {
    try {
      deleteRecursively(directory);
    } catch (IOException e) {
      log.warn("Cannot delete the old precedent index {}", directory, e);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
