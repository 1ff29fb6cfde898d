package dev.signoff.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

class ChecklistsConfigurationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ChecklistProperties.class)
  @Import(Checklists.class)
  static class ChecklistConfiguration {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(ChecklistConfiguration.class);

  @Test
  void overrideDirectoryIsBoundFromTheConfiguration() {
    runner
        .withPropertyValues("signoff.checklist.override-directory=" + Deals.PACKAGED_DEFINITIONS)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(ChecklistProperties.class).overrideDirectory())
                  .isEqualTo(Deals.PACKAGED_DEFINITIONS);
              assertThat(context.getBean(Checklists.class).versions()).contains(1);
            });
  }

  @Test
  void invalidDefinitionsStopStartupNamingTheProblem(@TempDir Path overrideDirectory)
      throws IOException {
    Files.writeString(
        overrideDirectory.resolve("checklist-v2.yaml"),
        """
        version: 2
        sections:
          - id: scope
            title: Scope
            owner: marketing
            clauseKeywords: [scope]
            items:
              - id: scope.models-named
                text: Are the models named?
        """);

    runner
        .withPropertyValues("signoff.checklist.override-directory=" + overrideDirectory)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("checklist-v2.yaml")
                    .hasMessageContaining("unknown owner group 'marketing'"));
  }
}
