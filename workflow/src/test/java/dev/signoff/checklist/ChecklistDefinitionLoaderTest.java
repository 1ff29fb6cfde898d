package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistDefinitionLoaderTest {

  @TempDir Path overrideDirectory;

  /** A class path holding exactly the definitions packaged with the server. */
  private URLClassLoader packaged;

  /** A class path without any definitions. */
  private URLClassLoader empty;

  @BeforeEach
  void createClassPaths() throws IOException {
    URL resources = Deals.PACKAGED_DEFINITIONS.getParent().toUri().toURL();
    packaged = new URLClassLoader(new URL[] {resources}, null);
    empty = new URLClassLoader(new URL[0], null);
  }

  @AfterEach
  void closeClassPaths() throws IOException {
    packaged.close();
    empty.close();
  }

  @Test
  void readsPackagedDefinitionsFromTheClassPath() {
    SortedMap<Integer, ChecklistDefinition> versions =
        ChecklistDefinitionLoader.load(packaged, null);

    assertThat(versions).containsKey(1);
    assertThat(versions.get(1).source()).contains("checklist-v1.yaml");
  }

  @Test
  void missingOverrideDirectoryLeavesThePackagedVersions() {
    SortedMap<Integer, ChecklistDefinition> versions =
        ChecklistDefinitionLoader.load(packaged, overrideDirectory.resolve("missing"));

    assertThat(versions).containsKey(1);
  }

  @Test
  void overrideFileReplacesThePackagedVersionOfTheSameNumber() throws IOException {
    Files.writeString(
        overrideDirectory.resolve("checklist-v1.yaml"),
        """
        version: 1
        sections:
          - id: scope
            title: Scope
            owner: product
            clauseKeywords: [scope]
            items:
              - id: scope.models-named
                text: Are the models named?
        """);

    SortedMap<Integer, ChecklistDefinition> versions =
        ChecklistDefinitionLoader.load(packaged, overrideDirectory);

    assertThat(versions.get(1).source())
        .isEqualTo(overrideDirectory.resolve("checklist-v1.yaml").toString());
    assertThat(versions.get(1).sections()).hasSize(1);
  }

  @Test
  void noDefinitionsAnywhereStopsStartup() {
    assertThatThrownBy(() -> ChecklistDefinitionLoader.load(empty, overrideDirectory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No checklist definitions found")
        .hasMessageContaining(overrideDirectory.toString());
  }

  @Test
  void fileWhoseNameCarriesNoVersionNumberIsRefused() throws IOException {
    Files.writeString(overrideDirectory.resolve("checklist-vnext.yaml"), "version: 2\n");

    assertThatThrownBy(() -> ChecklistDefinitionLoader.load(packaged, overrideDirectory))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("checklist-vnext.yaml")
        .hasMessageContaining("checklist-v<version number>.yaml");
  }
}
