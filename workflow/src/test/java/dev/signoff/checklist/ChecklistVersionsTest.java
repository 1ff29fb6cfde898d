package dev.signoff.checklist;

import static dev.signoff.checklist.Deals.plainDeal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.signoff.deal.DataCategory;
import dev.signoff.deal.HostingModel;
import dev.signoff.deal.IntegrationPattern;
import dev.signoff.identity.Roles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChecklistVersionsTest {

  private static final String VERSION_1 = "checklist-v1.yaml";

  @TempDir Path overrideDirectory;

  @Test
  void secondVersionInOverrideDirectoryBecomesCurrentWhileVersionOneStaysUnchanged()
      throws IOException {
    Checklists before = Deals.packagedChecklists();
    String version1 = Files.readString(Deals.PACKAGED_DEFINITIONS.resolve(VERSION_1));
    Files.writeString(overrideDirectory.resolve(VERSION_1), version1);
    Files.writeString(
        overrideDirectory.resolve("checklist-v2.yaml"),
        version1
            .replace("version: 1", "version: 2")
            .replace(
                "      - id: risk-allocation.insurance",
                """
                      - id: risk-allocation.output-warranty
                        text: Does the vendor warrant that outputs are produced as documented?
                        guidance: A warranty of conformity with the documentation.
                        evidence: Warranty clause.
                        required: true
                      - id: risk-allocation.insurance\
                """));

    Checklists after = new Checklists(new ChecklistProperties(overrideDirectory));

    assertThat(after.currentVersion()).isEqualTo(2);
    assertThat(after.versions()).containsExactly(1, 2);
    for (Deals deal : deals().values()) {
      for (String group : ReviewGroups.ALL) {
        assertThat(after.forGroup(1, group, deal.context()))
            .isEqualTo(before.forGroup(1, group, deal.context()));
      }
    }
    assertThat(
            after
                .forGroup(2, Roles.LEGAL, plainDeal().context())
                .item("risk-allocation.output-warranty"))
        .isPresent();
    assertThat(
            after
                .forGroup(1, Roles.LEGAL, plainDeal().context())
                .item("risk-allocation.output-warranty"))
        .isEmpty();
  }

  private static Map<String, Deals> deals() {
    Map<String, Deals> deals = new TreeMap<>();
    deals.put("plain", plainDeal());
    deals.put(
        "on-premise fine-tuned agents with personal data",
        plainDeal()
            .hostedBy(HostingModel.ON_PREMISE)
            .fineTuned()
            .integratedAs(IntegrationPattern.AGENTS)
            .sending(DataCategory.PERSONAL));
    return deals;
  }
}
