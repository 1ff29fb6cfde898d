package dev.signoff.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Finds every version of the checklist definitions: the files packaged on the classpath under
 * {@code checklists/}, then those in the override directory, which add versions or replace packaged
 * ones.
 */
final class ChecklistDefinitionLoader {

  static final String CLASSPATH_PATTERN = "classpath*:checklists/checklist-v*.yaml";
  private static final String FILE_GLOB = "checklist-v*.yaml";
  private static final Pattern FILE_NAME = Pattern.compile("checklist-v([1-9][0-9]{0,8})\\.yaml");

  private static final Logger log = LoggerFactory.getLogger(ChecklistDefinitionLoader.class);

  private ChecklistDefinitionLoader() {}

  /**
   * @param classLoader where to look for packaged definitions
   * @param overrideDirectory optional directory with definitions that add or replace versions
   * @return every version found, by number
   * @throws InvalidChecklistDefinition when a file is invalid or no version is found at all
   */
  static SortedMap<Integer, ChecklistDefinition> load(
      ClassLoader classLoader, Path overrideDirectory) {
    List<String> problems = new ArrayList<>();
    SortedMap<Integer, ChecklistDefinition> versions = new TreeMap<>();
    Map<Integer, byte[]> packagedContent = new HashMap<>();
    for (Resource resource : packaged(classLoader)) {
      String source = resource.getDescription();
      Integer version = versionInName(resource.getFilename(), source, problems);
      if (version == null) {
        continue;
      }
      byte[] content = read(resource);
      byte[] earlier = packagedContent.putIfAbsent(version, content);
      if (earlier != null) {
        if (!Arrays.equals(earlier, content)) {
          problems.add(
              "version " + version + " is packaged twice with different content; one is " + source);
        }
        continue;
      }
      parse(source, version, content, problems).ifPresent(d -> versions.put(version, d));
    }
    for (Path file : overrides(overrideDirectory)) {
      String source = file.toString();
      Integer version = versionInName(file.getFileName().toString(), source, problems);
      if (version == null) {
        continue;
      }
      byte[] content = read(file);
      parse(source, version, content, problems)
          .ifPresent(
              definition -> {
                if (versions.put(version, definition) != null) {
                  log.info(
                      "Checklist version {} from {} replaces the packaged one", version, source);
                }
              });
    }
    if (!problems.isEmpty()) {
      throw new InvalidChecklistDefinition("Invalid checklist definitions", problems);
    }
    if (versions.isEmpty()) {
      throw new InvalidChecklistDefinition(
          "No checklist definitions found",
          List.of(
              "looked on the classpath under checklists/"
                  + (overrideDirectory == null ? "" : " and in " + overrideDirectory)));
    }
    return Collections.unmodifiableSortedMap(versions);
  }

  private static Optional<ChecklistDefinition> parse(
      String source, int version, byte[] content, List<String> problems) {
    try {
      return Optional.of(ChecklistDefinitionReader.read(source, version, content));
    } catch (InvalidChecklistDefinition e) {
      e.problems().forEach(problem -> problems.add(source + ": " + problem));
      return Optional.empty();
    }
  }

  private static Integer versionInName(String fileName, String source, List<String> problems) {
    Matcher matcher = FILE_NAME.matcher(fileName == null ? "" : fileName);
    if (!matcher.matches()) {
      problems.add(source + ": file name must be checklist-v<version number>.yaml");
      return null;
    }
    return Integer.valueOf(matcher.group(1));
  }

  private static List<Resource> packaged(ClassLoader classLoader) {
    try {
      return List.of(
          new PathMatchingResourcePatternResolver(classLoader).getResources(CLASSPATH_PATTERN));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the packaged checklist definitions", e);
    }
  }

  private static List<Path> overrides(Path directory) {
    if (directory == null) {
      return List.of();
    }
    if (!Files.exists(directory)) {
      log.warn(
          "Checklist override directory {} does not exist; using packaged checklists", directory);
      return List.of();
    }
    if (!Files.isDirectory(directory)) {
      throw new InvalidChecklistDefinition(
          "Invalid checklist override directory", List.of(directory + " is not a directory"));
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> listing = Files.newDirectoryStream(directory, FILE_GLOB)) {
      listing.forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list checklist definitions in " + directory, e);
    }
    Collections.sort(files);
    return files;
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
