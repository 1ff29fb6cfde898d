package dev.signoff.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SearchConfigurationTest {

  @TempDir Path temporaryDirectory;

  private final ApplicationContextRunner contextRunner =
      new ApplicationContextRunner().withUserConfiguration(SearchConfiguration.class);

  @Test
  void opensTheIndexInTheConfiguredDirectoryAndClosesItWithTheContext() throws IOException {
    Path indexDirectory = temporaryDirectory.resolve("nested/index");

    contextRunner
        .withPropertyValues(
            "signoff.search.directory=" + indexDirectory,
            "signoff.search.commit-interval=5m",
            "signoff.search.max-staleness=2s",
            "signoff.search.min-staleness=10ms",
            "signoff.search.result-cache-entries=32")
        .run(
            context -> {
              assertThat(context).hasSingleBean(PrecedentIndexes.class);
              assertThat(context.getBean(SearchProperties.class))
                  .isEqualTo(
                      new SearchProperties(
                          indexDirectory,
                          Duration.ofMinutes(5),
                          Duration.ofSeconds(2),
                          Duration.ofMillis(10),
                          32));
              assertThat(indexDirectory).isDirectory();

              context
                  .getBean(PrecedentIndexes.class)
                  .upsert(Precedents.deal("D-1").contract("Escrow of the weights.").build());
            });

    try (PrecedentIndexes reopened =
        new PrecedentIndexes(new SearchProperties(indexDirectory, null, null, null, null))) {
      assertThat(reopened.search(new PrecedentQuery("escrow", Set.of("group:legal"), 10)).hits())
          .extracting(PrecedentHit::dealId)
          .containsExactly("D-1");
    }
  }

  @Test
  void usesDefaultsForUnsetProperties() {
    contextRunner
        .withPropertyValues("signoff.search.directory=" + temporaryDirectory)
        .run(
            context ->
                assertThat(context.getBean(SearchProperties.class))
                    .isEqualTo(new SearchProperties(temporaryDirectory, null, null, null, null)));
  }
}
